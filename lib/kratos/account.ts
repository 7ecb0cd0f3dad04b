import "server-only";
import type { QueryParams } from "@/lib/http/query";
import { kratos } from "./client";
import { ExpiringCache } from "./expiring-cache";
import { loadFlow } from "./flows";
import { methodStatuses, type MethodStatus } from "./nodes/method-status";
import { NO_TRAIT_FIELDS, traitFieldsFromSchema, type TraitFields } from "./nodes/trait-fields";
import { requireSession, signInAndReturn } from "./session";
import type { Session, SettingsFlow } from "./types";
import { flowPagePath } from "./urls";

/**
 * The settings flow and the schema hints for its profile form.
 *
 * Kratos sends a signed-out browser from settings to sign-in without a way back
 * (and a return_to on the settings flow would replace the success message after
 * saving with a redirect), so signing in is arranged here, returning to this page.
 * The session is only looked at when the flow cannot be shown: a signed-in
 * person's page costs one call to Kratos, not two.
 */
export async function loadSettings(query: QueryParams): Promise<{ flow: SettingsFlow; traitFields: TraitFields }> {
  const flow = await loadFlow("settings", query, { beforeLeaving: () => requireSession(flowPagePath("settings", query)) });
  rememberMethods(flow);
  return { flow, traitFields: await fetchTraitFields(flow.identity.schema_id) };
}

/**
 * Identity schemas are the same for everyone (Kratos serves them publicly) and
 * change only with Kratos's configuration, so the hints read from one are kept
 * for a minute instead of being fetched and parsed on every settings page.
 */
const traitFieldsBySchema = new ExpiringCache<TraitFields>({ ttlMs: 60_000, maxEntries: 100 });

/**
 * Hints for the profile form from the identity's JSON schema (Kratos's public
 * GET /schemas/{id}). Without a schema the form still works with Kratos's nodes.
 */
async function fetchTraitFields(schemaId: string | undefined): Promise<TraitFields> {
  if (!schemaId) return NO_TRAIT_FIELDS;
  const known = traitFieldsBySchema.get(schemaId);
  if (known) return known;
  const api = await kratos();
  const { data } = await api.GET("/schemas/{id}", { params: { path: { id: schemaId } } });
  if (!data) return NO_TRAIT_FIELDS;
  const fields = traitFieldsFromSchema(data);
  traitFieldsBySchema.set(schemaId, fields);
  return fields;
}

/**
 * What each identity has set up, as last read from one of its settings flows.
 * Every change a person makes to their methods ends on the settings page (Kratos
 * sends the browser back to it), which renders a fresh flow and updates this;
 * the time limit covers changes made elsewhere (an administrator removing a
 * credential). Keyed by identity id, which only a request carrying one of that
 * identity's sessions learns (from whoami or its own settings flow).
 */
const methodsByIdentity = new ExpiringCache<MethodStatus[]>({ ttlMs: 5 * 60_000, maxEntries: 10_000 });

function rememberMethods(flow: SettingsFlow): void {
  methodsByIdentity.set(flow.identity.id, methodStatuses(flow.ui.nodes));
}

/**
 * What the signed-in person has set up: second steps, keys, linked accounts,
 * read from a settings flow's nodes (nodes/method-status.ts says why). Asking
 * the settings browser endpoint for JSON answers a new flow in the same call:
 * no redirect, and no CSRF round trip because nothing is submitted. Kratos
 * stores that flow, hence the cache above.
 *
 * Undefined when Kratos does not hand out a flow; the page then says nothing.
 */
export async function configuredMethods(session: Session): Promise<MethodStatus[] | undefined> {
  const identityId = session.identity?.id;
  const known = identityId ? methodsByIdentity.get(identityId) : undefined;
  if (known) return known;
  const api = await kratos();
  const { data } = await api.GET("/self-service/settings/browser");
  if (!data) return undefined;
  rememberMethods(data);
  return methodStatuses(data.ui.nodes);
}

/** What came of a request to sign out sessions. */
export type RevokeOutcome = "revoked" | "revoked-others" | "not-yours" | "failed";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The person's other active sessions, as Kratos lists them for the session cookie sent along. */
async function otherSessions(returnTo: string): Promise<Session[]> {
  const api = await kratos();
  const { data, response } = await api.GET("/sessions");
  if (response.status === 401) signInAndReturn(returnTo);
  return data ?? [];
}

/** This browser's session and every other active session of the same person; `returnTo` is the page asking. */
export async function loadMySessions(returnTo: string): Promise<{ current: Session; others: Session[] }> {
  const current = await requireSession(returnTo);
  return { current, others: await otherSessions(returnTo) };
}

/**
 * Signs out one of the caller's other sessions. Kratos only ever revokes sessions
 * of the identity whose cookie is forwarded, but answers 204 even when the id
 * belongs to someone else, so the id is first looked up among the caller's own.
 */
export async function revokeMySession(id: string, returnTo: string): Promise<RevokeOutcome> {
  if (!UUID.test(id)) return "not-yours";
  if (!(await otherSessions(returnTo)).some((session) => session.id === id)) return "not-yours";
  const api = await kratos();
  const { response } = await api.DELETE("/sessions/{id}", { params: { path: { id } } });
  if (response.status === 401) signInAndReturn(returnTo);
  return response.status === 204 ? "revoked" : "failed";
}

/** Signs out every session of the caller except this browser's. */
export async function revokeMyOtherSessions(returnTo: string): Promise<RevokeOutcome> {
  const api = await kratos();
  const { response } = await api.DELETE("/sessions");
  if (response.status === 401) signInAndReturn(returnTo);
  return response.ok ? "revoked-others" : "failed";
}
