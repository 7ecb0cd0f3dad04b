import "server-only";
import { redirect } from "next/navigation";
import { browserInitUrl } from "./browser-flows";
import { currentSession } from "./session";
import type { Session } from "./types";
import { appPath } from "@/lib/http/app-path";

/**
 * The signed-in person's session. Anyone else is sent to sign in (or to their
 * second factor) and brought back to `returnTo`, a path on this site (without
 * the base path): Kratos resolves relative return_to addresses against its
 * default return URL.
 */
export async function requireSession(returnTo: string): Promise<Session> {
  const lookup = await currentSession();
  if (lookup.state === "active") return lookup.session;
  const aal = lookup.state === "needs-second-factor" ? "aal2" : undefined;
  redirect(browserInitUrl("login", {}, { return_to: appPath(returnTo), aal }));
}
