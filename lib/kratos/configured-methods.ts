import "server-only";
import { kratos } from "./client";
import { methodStatuses, type MethodStatus } from "./method-status";
import { ExpiringCache } from "./expiring-cache";
import type { Session } from "./types";

/**
 * Answers are kept per session and per version of the identity: the key holds
 * the session id (only a request carrying that session's cookie learns it from
 * whoami) and the identity's updated_at, which Kratos moves whenever a setting
 * or credential changes, so a new key replaces an outdated answer. The time
 * limit covers changes that leave updated_at alone (an administrator removing a
 * credential).
 */
const bySession = new ExpiringCache<MethodStatus[]>({ ttlMs: 5 * 60_000, maxEntries: 10_000 });

/**
 * What the signed-in person has set up: second steps, keys, linked accounts.
 *
 * Asking Kratos's settings browser endpoint for JSON answers a new settings flow
 * (stored by Kratos) in the same call: no redirect, and no CSRF round trip
 * because nothing is submitted. The cache above makes that once per session and
 * change rather than once per view.
 *
 * Undefined when Kratos does not hand out a flow; the page then says nothing.
 */
export async function configuredMethods(session: Session): Promise<MethodStatus[] | undefined> {
  const key = `${session.id}|${session.identity?.id ?? ""}|${session.identity?.updated_at ?? ""}`;
  const known = bySession.get(key);
  if (known) return known;
  const { data } = await (await kratos()).GET("/self-service/settings/browser");
  if (!data) return undefined;
  const statuses = methodStatuses(data.ui.nodes);
  bySession.set(key, statuses);
  return statuses;
}
