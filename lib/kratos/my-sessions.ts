import "server-only";
import { redirect } from "next/navigation";
import { SESSIONS_PATH, type RevokeOutcome } from "@/lib/account/sessions-notice";
import { browserInitUrl } from "./browser-flows";
import { kratos } from "./client";
import { requireSession } from "./require-session";
import type { Session } from "./types";
import { appPath } from "@/lib/http/app-path";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function signInAgain(): never {
  redirect(browserInitUrl("login", {}, { return_to: appPath(SESSIONS_PATH) }));
}

/** The person's other active sessions, as Kratos lists them for the session cookie sent along. */
async function otherSessions(): Promise<Session[]> {
  const { data, response } = await (await kratos()).GET("/sessions");
  if (response.status === 401) signInAgain();
  return data ?? [];
}

/** This browser's session and every other active session of the same person. */
export async function loadMySessions(): Promise<{ current: Session; others: Session[] }> {
  const current = await requireSession(SESSIONS_PATH);
  return { current, others: await otherSessions() };
}

/**
 * Signs out one of the caller's other sessions. Kratos only ever revokes sessions
 * of the identity whose cookie is forwarded, but answers 204 even when the id
 * belongs to someone else, so the id is first looked up among the caller's own.
 */
export async function revokeMySession(id: string): Promise<RevokeOutcome> {
  if (!UUID.test(id)) return "not-yours";
  if (!(await otherSessions()).some((session) => session.id === id)) return "not-yours";
  const { response } = await (await kratos()).DELETE("/sessions/{id}", { params: { path: { id } } });
  if (response.status === 401) signInAgain();
  return response.status === 204 ? "revoked" : "failed";
}

/** Signs out every session of the caller except this browser's. */
export async function revokeMyOtherSessions(): Promise<RevokeOutcome> {
  const { response } = await (await kratos()).DELETE("/sessions");
  if (response.status === 401) signInAgain();
  return response.ok ? "revoked-others" : "failed";
}
