import { randomBytes } from "node:crypto";
import type { OAuth2Client } from "../../lib/hydra/types";

/**
 * The demo app signs in as one of two OAuth2 clients: an outside app, which
 * must ask for consent, or one of the company's own (first party), which Hydra
 * lets skip both the consent screen and the sign-out question.
 */
export type DemoClient = "outside" | "firstParty";

export const DEMO_CLIENT_NAMES: Record<DemoClient, string> = { outside: "Demo app", firstParty: "Demo company app" };

/** What the demo app is as an OAuth2 client of Hydra. */
function clientFor(kind: DemoClient, appUrl: string, secret: string): OAuth2Client {
  const firstParty = kind === "firstParty";
  return {
    client_name: DEMO_CLIENT_NAMES[kind],
    client_secret: secret,
    client_uri: appUrl,
    logo_uri: `${appUrl}/logo.svg`,
    policy_uri: `${appUrl}/privacy`,
    tos_uri: `${appUrl}/terms`,
    redirect_uris: [`${appUrl}/callback`],
    post_logout_redirect_uris: [`${appUrl}/`],
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    scope: "openid email profile offline_access",
    token_endpoint_auth_method: "client_secret_basic",
    skip_consent: firstParty,
    skip_logout_consent: firstParty,
  };
}

async function hydraAdmin<T>(adminUrl: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(new URL(path, adminUrl), {
    ...init,
    headers: { accept: "application/json", "content-type": "application/json", ...init.headers },
  });
  if (!response.ok) throw new Error(`Hydra admin ${init.method ?? "GET"} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Registers the demo app with Hydra, or updates its registration (Hydra keeps
 * clients across restarts of the development stack, but never shows a secret
 * twice, so a known one is set each time). Returns the client id and secret.
 */
export async function registerDemoClient(
  kind: DemoClient,
  adminUrl: string,
  appUrl: string,
): Promise<{ clientId: string; clientSecret: string }> {
  const secret = randomBytes(24).toString("base64url");
  const wanted = clientFor(kind, appUrl, secret);
  const existing = await hydraAdmin<OAuth2Client[]>(adminUrl, `/admin/clients?client_name=${encodeURIComponent(DEMO_CLIENT_NAMES[kind])}`);
  const id = existing[0]?.client_id;
  const saved = id
    ? await hydraAdmin<OAuth2Client>(adminUrl, `/admin/clients/${encodeURIComponent(id)}`, {
        method: "PUT",
        body: JSON.stringify({ ...wanted, client_id: id }),
      })
    : await hydraAdmin<OAuth2Client>(adminUrl, "/admin/clients", { method: "POST", body: JSON.stringify(wanted) });
  if (!saved.client_id) throw new Error("Hydra did not return a client id");
  return { clientId: saved.client_id, clientSecret: secret };
}
