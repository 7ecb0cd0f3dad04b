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
