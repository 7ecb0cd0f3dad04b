import { asRecord } from "@/lib/records";
import type { Identity } from "@/lib/kratos/types";

/** What the admin gate knows about the browser asking for /admin. */
export type AdminRequest = {
  /** Whether KRATOS_ADMIN_URL is set; without it there is no admin area. */
  adminApi: boolean;
  /**
   * The browser's session: signed out; signed in at `aal`; or signed in at aal1
   * while Kratos asks for a second factor first (whoami's session_aal2_required),
   * with the identity looked up through the admin API when it could be.
   */
  session:
    | { state: "signed-out" }
    | { state: "active"; aal: string | undefined; identity: Identity }
    | { state: "needs-second-factor"; identity?: Identity };
  /** ADMIN_IDENTITIES: identity ids and email addresses (lower case). */
  adminIdentities: readonly string[];
  /** Whether the identity has a second factor it could use (asked only for an admin at aal1). */
  hasSecondFactor?: boolean;
};

/**
 * The gate's answer:
 * - `allow`: an admin at aal2;
 * - `hidden`: everyone else gets 404, so nobody learns that /admin exists;
 * - `second-factor`: an admin at aal1 with a second factor takes it and comes back;
 * - `enrol-second-factor`: an admin with no second factor at all is told to set one up.
 */
export type AdminAccess =
  { type: "allow"; admin: Identity } | { type: "hidden" } | { type: "second-factor" } | { type: "enrol-second-factor" };

/**
 * Whether this identity is an admin: its id or one of its *verified* email
 * addresses is in ADMIN_IDENTITIES (an unverified address proves nothing: anyone
 * could sign up with an admin's address before the admin does), or its
 * `metadata_public.roles` holds "admin" (only the admin API can write metadata).
 */
export function isAdmin(
  identity: Pick<Identity, "id" | "metadata_public" | "verifiable_addresses">,
  adminIdentities: readonly string[],
): boolean {
  const listed = new Set(adminIdentities);
  if (listed.has(identity.id.toLowerCase())) return true;
  if ((identity.verifiable_addresses ?? []).some((address) => address.verified && listed.has(address.value.toLowerCase()))) return true;
  const roles = asRecord(identity.metadata_public).roles;
  return Array.isArray(roles) && roles.includes("admin");
}

/**
 * The one decision behind every admin page and action (lib/admin/gate.ts carries
 * it out). Admins must be at aal2, whatever Kratos would accept for everybody
 * else: the admin area can read and change every account.
 */
export function decideAdminAccess({ adminApi, session, adminIdentities, hasSecondFactor }: AdminRequest): AdminAccess {
  if (!adminApi || session.state === "signed-out") return { type: "hidden" };
  if (!session.identity || !isAdmin(session.identity, adminIdentities)) return { type: "hidden" };
  if (session.state === "needs-second-factor") return { type: "second-factor" };
  if (session.aal === "aal2") return { type: "allow", admin: session.identity };
  return hasSecondFactor ? { type: "second-factor" } : { type: "enrol-second-factor" };
}

/** How an identity is named in the admin area and in audit lines: its email trait, first address, or id. */
export function identifierOf(identity: Pick<Identity, "id" | "traits" | "verifiable_addresses">): string {
  const email = asRecord(identity.traits).email;
  if (typeof email === "string" && email) return email;
  return identity.verifiable_addresses?.[0]?.value ?? identity.id;
}
