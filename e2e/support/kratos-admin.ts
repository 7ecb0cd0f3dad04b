import type { Identity, Session } from "../../lib/kratos/types";

import { KRATOS_ADMIN_URL } from "./urls";

export { KRATOS_ADMIN_URL };

async function admin<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${KRATOS_ADMIN_URL}${path}`, { ...init, headers: { accept: "application/json", ...init?.headers } });
  if (!response.ok) throw new Error(`Kratos admin ${init?.method ?? "GET"} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The identity Kratos stores for an email address, if any. */
export async function identityByEmail(email: string): Promise<Identity | undefined> {
  const found = await admin<Identity[]>(`/admin/identities?credentials_identifier=${encodeURIComponent(email)}`);
  return found[0];
}

/** Sessions of an identity that are still active. */
export async function activeSessions(identityId: string): Promise<Session[]> {
  return admin<Session[]>(`/admin/identities/${identityId}/sessions?active=true`);
}

export type IdentityOptions = {
  /** An identity schema id from kratos/kratos.yml; "default" unless given. */
  schemaId?: string;
  /** Traits besides the email address. */
  traits?: Record<string, unknown>;
};

/** Creates an identity with a password directly in Kratos, for tests that start signed up. */
export async function createIdentity(email: string, password: string, options: IdentityOptions = {}): Promise<Identity> {
  return admin<Identity>("/admin/identities", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      schema_id: options.schemaId ?? "default",
      traits: { ...options.traits, email },
      credentials: { password: { config: { password } } },
    }),
  });
}

/** Creates an identity with no password: it can only sign in with a code from the mail (when Kratos allows that). */
export async function createPasswordlessIdentity(email: string): Promise<Identity> {
  return admin<Identity>("/admin/identities", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ schema_id: "default", traits: { email } }),
  });
}

/** The identity as Kratos stores it now. */
export async function getIdentity(id: string): Promise<Identity> {
  return admin<Identity>(`/admin/identities/${id}`);
}

/** The identity with the stored configuration of the given credential types (e.g. oidc: provider and subject). */
export async function getIdentityWithCredentials(id: string, ...types: string[]): Promise<Identity> {
  const query = types.map((type) => `include_credential=${encodeURIComponent(type)}`).join("&");
  return admin<Identity>(`/admin/identities/${id}?${query}`);
}

/** Replaces parts of an identity with a JSON Patch (RFC 6902), as an operator would with the admin API. */
export async function patchIdentity(
  id: string,
  operations: { op: "add" | "replace" | "remove"; path: string; value?: unknown }[],
): Promise<Identity> {
  return admin<Identity>(`/admin/identities/${id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(operations),
  });
}

/** Deletes an identity if it exists (a stack reused between runs may still hold a fixed address). */
export async function deleteIdentityByEmail(email: string): Promise<void> {
  const found = await identityByEmail(email);
  if (found) await admin(`/admin/identities/${found.id}`, { method: "DELETE" });
}

/** Whether Kratos still stores an identity with this id. */
export async function identityExists(id: string): Promise<boolean> {
  const response = await fetch(`${KRATOS_ADMIN_URL}/admin/identities/${id}`);
  if (response.status === 404) return false;
  if (!response.ok) throw new Error(`Kratos admin GET /admin/identities/${id} answered ${response.status}`);
  return true;
}

/** Creates many identities in one call (Kratos's batch endpoint), each with a password; returns their ids in order. */
export async function createIdentities(emails: readonly string[], password: string): Promise<string[]> {
  const answer = await admin<{ identities?: { identity?: string }[] }>("/admin/identities", {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      identities: emails.map((email) => ({
        create: { schema_id: "default", traits: { email }, credentials: { password: { config: { password } } } },
      })),
    }),
  });
  return (answer.identities ?? []).map((entry) => entry.identity ?? "");
}
