import type { ScriptNode } from "@/lib/kratos/nodes/nodes";
import { warnUnknownOnce } from "./unknown-ui";
import { WebAuthnScriptLoader } from "./webauthn-script";

/**
 * Kratos's only script node is webauthn.js. Without JavaScript it could not run,
 * and with it the client adds the element itself (see lib/webauthn/script.ts), so
 * the server's HTML holds no script from Kratos. Kratos's `nonce` attribute is its
 * own random value, not this response's, so it is not used.
 */
export function ScriptNodeView({ node }: { node: ScriptNode }) {
  const { id, src, referrerpolicy } = node.attributes;
  // Newer Kratos releases send other scripts (a captcha's); only webauthn.js is ours to load.
  if (!isWebAuthnScript(src)) {
    warnUnknownOnce("script", id);
    return null;
  }
  return <WebAuthnScriptLoader id={id} src={src} referrerPolicy={referrerpolicy as ReferrerPolicy} />;
}

function isWebAuthnScript(src: string): boolean {
  try {
    return new URL(src).pathname.endsWith("/.well-known/ory/webauthn.js");
  } catch {
    return false;
  }
}
