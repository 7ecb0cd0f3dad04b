import "server-only";
import { hydraAdmin } from "./client";

/** An app this person has let use their account. */
export type ConnectedApp = { clientId: string; name?: string; logoUri?: string; scopes: string[]; since?: string };

/**
 * The apps a person has granted access to, from Hydra's consent sessions (one
 * per grant; the newest per app wins). Empty when OAuth2 is off.
 */
export async function listConnectedApps(identityId: string): Promise<ConnectedApp[]> {
  const hydra = hydraAdmin();
  if (!hydra) return [];
  const { data } = await hydra.GET("/admin/oauth2/auth/sessions/consent", { params: { query: { subject: identityId, page_size: 500 } } });
  const byClient = new Map<string, ConnectedApp>();
  for (const grant of data ?? []) {
    const client = grant.consent_request?.client;
    if (!client?.client_id) continue;
    const since = grant.handled_at || undefined;
    const known = byClient.get(client.client_id);
    if (known?.since && since && known.since > since) continue;
    byClient.set(client.client_id, {
      clientId: client.client_id,
      name: client.client_name,
      logoUri: client.logo_uri,
      scopes: grant.grant_scope ?? [],
      since,
    });
  }
  return [...byClient.values()];
}

/** Removes an app's access: Hydra forgets the consent and revokes the app's tokens for this person. */
export async function removeConnectedApp(identityId: string, clientId: string): Promise<boolean> {
  const hydra = hydraAdmin();
  if (!hydra || !clientId) return false;
  const { response } = await hydra.DELETE("/admin/oauth2/auth/sessions/consent", {
    params: { query: { subject: identityId, client: clientId } },
  });
  return response.status === 204;
}
