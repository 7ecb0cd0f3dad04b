"use server";

import { redirect } from "next/navigation";
import { SESSIONS_PATH, sessionsPathAfter } from "@/lib/account/sessions-notice";
import { revokeMyOtherSessions, revokeMySession, type RevokeOutcome } from "@/lib/kratos/account";
import { isKratosUnavailable } from "@/lib/kratos/errors";
import { requireSession } from "@/lib/kratos/session";
import { removeConnectedApp } from "@/lib/hydra/connected-apps";

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
  redirect(sessionsPathAfter(await settle(() => revokeMySession(typeof id === "string" ? id : "", SESSIONS_PATH))));
}

export async function removeApp(formData: FormData): Promise<void> {
  const clientId = formData.get("client_id");
  const session = await requireSession(SESSIONS_PATH);
  const removed = session.identity && typeof clientId === "string" ? await removeConnectedApp(session.identity.id, clientId) : false;
  redirect(sessionsPathAfter(removed ? "app-removed" : "app-failed"));
}

export async function signOutOtherSessions(): Promise<void> {
  redirect(sessionsPathAfter(await settle(() => revokeMyOtherSessions(SESSIONS_PATH))));
}
