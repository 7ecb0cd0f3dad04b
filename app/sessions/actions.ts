"use server";

import { redirect } from "next/navigation";
import { sessionsPathAfter, type RevokeOutcome } from "@/lib/account/sessions-notice";
import { revokeMyOtherSessions, revokeMySession } from "@/lib/kratos/my-sessions";
import { isKratosUnavailable } from "@/lib/kratos/unavailable";

// Server actions work as plain form posts without JavaScript, and Next refuses
// to run them when the request's Origin is not this site's Host (cross-site
// requests). Which sessions may be revoked is decided by Kratos, from the
// caller's own session cookie.

async function settle(revoke: () => Promise<RevokeOutcome>): Promise<RevokeOutcome> {
  try {
    return await revoke();
  } catch (error) {
    if (isKratosUnavailable(error)) return "failed";
    throw error;
  }
}

export async function signOutSession(formData: FormData): Promise<void> {
  const id = formData.get("session_id");
  redirect(sessionsPathAfter(await settle(() => revokeMySession(typeof id === "string" ? id : ""))));
}

export async function signOutOtherSessions(): Promise<void> {
  redirect(sessionsPathAfter(await settle(revokeMyOtherSessions)));
}
