import { asRecord } from "@/lib/records";
import type { Identity } from "@/lib/kratos/types";

/** Scopes this UI explains in plain words; any other is shown by its name. */
export const KNOWN_SCOPES = ["openid", "email", "profile", "offline_access"] as const;
export type KnownScope = (typeof KNOWN_SCOPES)[number];

export function isKnownScope(scope: string): scope is KnownScope {
  return (KNOWN_SCOPES as readonly string[]).includes(scope);
}

/**
 * The scopes to grant: those the app asked for that the person left ticked,
 * nothing else (a crafted post cannot add a scope the app did not request).
 */
export function scopesToGrant(requested: readonly string[], ticked: readonly string[]): string[] {
  const allowed = new Set(ticked);
  return requested.filter((scope) => allowed.has(scope));
}

/**
 * Standard OpenID Connect claims for the ID token, from the identity's traits,
 * limited to what the granted scopes cover: `email` and `email_verified` (from
 * Kratos's verifiable address) for "email", `name` for "profile".
 */
export function idTokenClaims(identity: Identity, scopes: readonly string[]): Record<string, unknown> {
  const traits = asRecord(identity.traits);
  const claims: Record<string, unknown> = {};
  if (scopes.includes("email") && typeof traits.email === "string") {
    claims.email = traits.email;
    const address = identity.verifiable_addresses?.find((entry) => entry.value.toLowerCase() === String(traits.email).toLowerCase());
    claims.email_verified = address?.verified === true;
  }
  if (scopes.includes("profile") && typeof traits.name === "string" && traits.name) claims.name = traits.name;
  return claims;
}
