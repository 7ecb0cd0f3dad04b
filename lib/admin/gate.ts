import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { config } from "@/lib/config";
import { appPath } from "@/lib/http/app-path";
import { requestOrigin } from "@/lib/http/request-origin";
import { requireSameSite } from "@/lib/http/same-site";
import { identityHasSecondFactor, kratosAdmin, type KratosAdminClient } from "@/lib/kratos/admin-client";
import { currentSession, signedInIdentifier } from "@/lib/kratos/session";
import type { Identity } from "@/lib/kratos/types";
import { browserInitUrl } from "@/lib/kratos/urls";
import { decideAdminAccess, identifierOf, isAdmin, type AdminAccess, type AdminRequest } from "./access";

/** Who passed the gate, and the admin API they may now use. */
export type Admin = { id: string; identifier: string; api: KratosAdminClient };

/** Where an admin without any second factor is sent to set one up. */
export const ENROL_SECOND_FACTOR_PATH = "/admin/second-factor";

/**
 * The admin gate: every admin page and every admin action calls this first, and
 * nothing else in the admin area reaches Kratos's admin API. Everyone who is not
 * an admin gets 404 (also when KRATOS_ADMIN_URL is unset), an admin at aal1 is
 * sent to their second factor and back to `returnTo` (a path on this site), and
 * an admin who has none is sent to a page that asks them to set one up. The
 * decision is decideAdminAccess; this gathers what it needs.
 */
export async function requireAdmin(returnTo: string): Promise<Admin> {
  const access = await adminAccess();
  if (access.type === "hidden") notFound();
  if (access.type === "second-factor") redirect(browserInitUrl("login", {}, { aal: "aal2", return_to: await returnAddress(returnTo) }));
  if (access.type === "enrol-second-factor") redirect(ENROL_SECOND_FACTOR_PATH);
  return { id: access.admin.id, identifier: identifierOf(access.admin), api: kratosAdmin() as KratosAdminClient };
}

/**
 * Where Kratos sends an admin back after their second step. A staff-only
 * instance (SELF_SERVICE=off) has no sign-in pages: Kratos shows its login
 * ui_url (the public instance), and resolves a bare path against its default
 * return address there, so the way back is this instance's full address (which
 * Kratos's allowed_return_urls must list).
 */
async function returnAddress(returnTo: string): Promise<string> {
  return config().selfService ? appPath(returnTo) : new URL(appPath(returnTo), await requestOrigin()).href;
}

/** The gate for a server action: the cross-site check, then requireAdmin. */
export async function requireAdminAction(returnTo: string): Promise<Admin> {
  await requireSameSite();
  return requireAdmin(returnTo);
}

/**
 * The gate's decision for this request, for the one page that shows something
 * other than the admin area (ENROL_SECOND_FACTOR_PATH) and for the pages' titles
 * (lib/admin/page-title.ts). Worked out once per render (React's cache lasts one
 * server render; a server action, run before its render, asks afresh).
 */
export const adminAccess = cache(async (): Promise<AdminAccess> => {
  const api = kratosAdmin();
  const request: AdminRequest = {
    adminApi: api !== undefined,
    session: { state: "signed-out" },
    adminIdentities: config().adminIdentities,
  };
  if (api) {
    const lookup = await currentSession();
    if (lookup.state === "active" && lookup.session.identity) {
      const identity = lookup.session.identity;
      const aal = lookup.session.authenticator_assurance_level;
      request.session = { state: "active", aal, identity };
      // Only an admin's credentials are looked up, and only when it matters.
      if (aal !== "aal2" && isAdmin(identity, request.adminIdentities))
        request.hasSecondFactor = await identityHasSecondFactor(api, identity.id);
    } else if (lookup.state === "needs-second-factor") {
      request.session = { state: "needs-second-factor", identity: await identityByIdentifier(api, await signedInIdentifier()) };
    }
  }
  return decideAdminAccess(request);
});

async function identityByIdentifier(api: KratosAdminClient, identifier: string | undefined): Promise<Identity | undefined> {
  if (!identifier) return undefined;
  const { data } = await api.GET("/admin/identities", { params: { query: { credentials_identifier: identifier } } });
  return data?.length === 1 ? data[0] : undefined;
}
