"use client";

import { useEffect } from "react";
import { loadWebAuthnScript, type WebAuthnScript } from "@/lib/webauthn/script";

/** Starts loading Kratos's webauthn.js once the page runs JavaScript; renders nothing itself. */
export function WebAuthnScriptLoader({ id, src, referrerPolicy }: WebAuthnScript) {
  useEffect(() => {
    loadWebAuthnScript({ id, src, referrerPolicy });
  }, [id, src, referrerPolicy]);
  return null;
}
