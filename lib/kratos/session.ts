import "server-only";
import { kratos } from "./client";
import { failureFrom, type KratosFailure } from "./flows";
import type { LogoutFlow, Session } from "./types";

export type SessionLookup =
  | { state: "active"; session: Session }
  | { state: "signed-out" }
  | { state: "needs-second-factor"; failure: KratosFailure };

/** The browser's current Kratos session, if any. */
export async function currentSession(): Promise<SessionLookup> {
  const { data, error, response } = await (await kratos()).GET("/sessions/whoami");
  if (data) return { state: "active", session: data };
  const failure = failureFrom(response, error);
  if (failure.error?.id === "session_aal2_required") return { state: "needs-second-factor", failure };
  return { state: "signed-out" };
}

/** The sign-out address Kratos issues for this browser's session, or undefined when signed out. */
export async function logoutFlow(returnTo?: string): Promise<LogoutFlow | undefined> {
  const { data } = await (await kratos()).GET("/self-service/logout/browser", {
    params: { query: returnTo ? { return_to: returnTo } : {} },
  });
  return data;
}
