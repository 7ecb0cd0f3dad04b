import type { BrowserContext } from "@playwright/test";
import { getIdentityWithCredentials, KRATOS_ADMIN_URL } from "./kratos-admin";
import type { Identity } from "../../lib/kratos/types";

/** The Local IdP as kratos/kratos.yml names it (provider id and label) and where it runs (scripts/local-idp). */
export const LOCAL_IDP = { id: "local", label: "Local IdP", origin: "http://localhost:4450" } as const;

/**
 * Ends the person's session at the Local IdP (oidc-provider's `_session` cookies),
 * so the next social sign-in shows its page again instead of answering at once.
 */
export async function signOutAtIdp(context: BrowserContext): Promise<void> {
  await context.clearCookies({ name: /^_session/ });
}

export type LinkedAccount = { provider: string; subject: string };

/** The provider accounts Kratos has linked to an identity (its oidc credential), and whether it has a password. */
export async function storedSignInMethods(
  identityId: string,
): Promise<{ linked: LinkedAccount[]; oidcIdentifiers: string[]; password: boolean }> {
  const identity = await getIdentityWithCredentials(identityId, "oidc", "password");
  const { oidc, password } = identity.credentials ?? {};
  const providers = ((oidc?.config ?? {}) as { providers?: LinkedAccount[] }).providers ?? [];
  // Kratos lists a password credential for every schema identifier; only a stored hash means a password was set.
  const hash = ((password?.config ?? {}) as { hashed_password?: string }).hashed_password;
  return {
    linked: providers.map(({ provider, subject }) => ({ provider, subject })),
    oidcIdentifiers: oidc?.identifiers ?? [],
    password: Boolean(hash),
  };
}

/**
 * An identity linked to a Local IdP account earlier (created through the admin API).
 * The Local IdP uses the address typed on its page as the account's subject.
 */
export async function createSocialIdentity(
  email: string,
  { subject = email, password }: { subject?: string; password?: string } = {},
): Promise<Identity> {
  const response = await fetch(`${KRATOS_ADMIN_URL}/admin/identities`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      schema_id: "default",
      traits: { email },
      credentials: {
        oidc: { config: { providers: [{ provider: LOCAL_IDP.id, subject }] } },
        ...(password ? { password: { config: { password } } } : {}),
      },
    }),
  });
  if (response.status !== 201) throw new Error(`Kratos admin POST /admin/identities answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Identity;
}
