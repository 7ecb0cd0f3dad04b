import "server-only";
import type { Identity } from "@/lib/kratos/types";
import type { Admin } from "./gate";
import { nextPageToken } from "./page-token";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isIdentityId(value: string): boolean {
  return UUID.test(value);
}

export type IdentityPage = { identities: Identity[]; next?: string };

/**
 * One page of identities, or those matching `search` exactly: an identity id,
 * or a sign-in identifier (Kratos's `credentials_identifier` filter; Kratos has
 * no partial search).
 */
export async function listIdentities({ api }: Admin, search: string, pageSize: number, pageToken?: string): Promise<IdentityPage> {
  if (search && isIdentityId(search)) {
    const { data } = await api.GET("/admin/identities/{id}", { params: { path: { id: search } } });
    return { identities: data ? [data] : [] };
  }
  // Kratos lists identities without their credentials unless a filter or include_credential asks for them; security
  // keys' public parts are the only secrets-free ones to ask for, and asking brings every credential's type and identifiers.
  const query = search
    ? { credentials_identifier: search }
    : { page_size: pageSize, include_credential: ["webauthn"], ...(pageToken && { page_token: pageToken }) };
  const { data, response } = await api.GET("/admin/identities", { params: { query } });
  return { identities: data ?? [], next: search ? undefined : nextPageToken(response.headers.get("link")) };
}

/**
 * One identity with its credentials' identifiers, and its security keys' public
 * parts (to tell a set-up key from the schema's placeholder), or undefined when
 * there is none with this id.
 */
export async function findIdentity({ api }: Admin, id: string): Promise<Identity | undefined> {
  if (!isIdentityId(id)) return undefined;
  const { data } = await api.GET("/admin/identities/{id}", { params: { path: { id }, query: { include_credential: ["webauthn"] } } });
  return data;
}
