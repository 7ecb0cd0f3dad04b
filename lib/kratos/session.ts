import "server-only";
import { redirect } from "next/navigation";
import { appPath } from "@/lib/http/app-path";
import { kratos } from "./client";
import { hiddenIdentifier } from "./nodes/nodes";
import type { LoginFlow, LogoutFlow, Session } from "./types";
import { browserInitUrl } from "./urls";

export type SessionLookup = { state: "active"; session: Session } | { state: "signed-out" } | { state: "needs-second-factor" };

/** The browser's current Kratos session, if any. */
export async function currentSession(): Promise<SessionLookup> {
  const api = await kratos();
  const { data, error } = await api.GET("/sessions/whoami");
  if (data) return { state: "active", session: data };
  // An aal1 session when more is available: whoami answers 403 session_aal2_required.
  if (error?.error?.id === "session_aal2_required") return { state: "needs-second-factor" };
  return { state: "signed-out" };
}

/**
 * Sends the browser to sign in (at aal2 when the session lacks its second
 * factor), and back to `returnTo`, a path on this site without the base path:
 * Kratos resolves relative return_to addresses against its default return URL.
 */
export function signInAndReturn(returnTo: string, lookup: SessionLookup = { state: "signed-out" }): never {
  const aal = lookup.state === "needs-second-factor" ? "aal2" : undefined;
  redirect(browserInitUrl("login", {}, { return_to: appPath(returnTo), aal }));
}

/** The signed-in person's session. Anyone else signs in (or takes their second step) first and comes back. */
export async function requireSession(returnTo: string): Promise<Session> {
  const lookup = await currentSession();
  if (lookup.state === "active") return lookup.session;
  signInAndReturn(returnTo, lookup);
}

/** The sign-out address Kratos issues for this browser's session, or undefined when signed out. */
export async function logoutFlow(returnTo?: string): Promise<LogoutFlow | undefined> {
  const api = await kratos();
  const { data } = await api.GET("/self-service/logout/browser", { params: { query: returnTo ? { return_to: returnTo } : {} } });
  return data;
}

/**
 * Who is taking a second step. Kratos keeps this to itself: the second-step flow
 * (TOTP, recovery code) names nobody, and whoami refuses an aal1 session when
 * more is available (403 session_aal2_required, whose details only hold the
 * address to go to). A "confirm it's you" flow does name the account, as a
 * hidden identifier, so one is asked for as JSON and read. The price is one
 * unused login flow stored per second-step page view; it is never submitted.
 * Undefined when the account has no identifier to show (e.g. social sign-in only).
 */
export async function secondStepAccount(flow: LoginFlow): Promise<string | undefined> {
  return hiddenIdentifier(flow.ui.nodes) ?? (await signedInIdentifier());
}

/** The sign-in identifier of the browser's session, even one still missing its second factor (see secondStepAccount). */
export async function signedInIdentifier(): Promise<string | undefined> {
  const api = await kratos();
  const { data } = await api.GET("/self-service/login/browser", { params: { query: { refresh: true } } });
  return data ? hiddenIdentifier(data.ui.nodes) : undefined;
}
