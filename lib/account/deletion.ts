import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { identifierOf } from "@/lib/admin/access";
import { audit } from "@/lib/admin/audit";
import { config } from "@/lib/config";
import { appPath } from "@/lib/http/app-path";
import { identityHasSecondFactor, kratosAdmin, type KratosAdminClient } from "@/lib/kratos/admin-client";
import { requireSession } from "@/lib/kratos/session";
import { browserInitUrl } from "@/lib/kratos/urls";
import { privilegeNeed } from "./privilege";

export const DELETE_ACCOUNT_PATH = "/settings/delete";
export const GOODBYE_PATH = "/goodbye";

export type DeletionMode = "delete" | "deactivate";

/** The signed-in person who may leave now, and how. */
export type Leaver = { mode: DeletionMode; id: string; identifier: string; api: KratosAdminClient };

/** "delete" or "deactivate" when ACCOUNT_DELETION offers leaving (and the admin API is there to do it), else undefined. */
export function deletionMode(): DeletionMode | undefined {
  const { accountDeletion } = config();
  return accountDeletion !== "off" && kratosAdmin() ? accountDeletion : undefined;
}

/**
 * The person asking to leave, on a privileged session. 404 when leaving is off;
 * a signed-out browser signs in first; a session that is too old, or below the
 * identity's highest level, confirms it's them (Kratos's refresh sign-in, or its
 * second factor) and comes back here. Kratos's admin API is used for this
 * person's own identity only, the one their session cookie names.
 */
export async function requireLeaver(): Promise<Leaver> {
  const mode = deletionMode();
  const api = kratosAdmin();
  if (!mode || !api) notFound();
  const session = await requireSession(DELETE_ACCOUNT_PATH);
  if (!session.identity) notFound();
  const need = privilegeNeed({
    aal: session.authenticator_assurance_level,
    authenticatedAt: session.authenticated_at,
    hasSecondFactor: await identityHasSecondFactor(api, session.identity.id),
    maxAgeMs: config().privilegedSessionMaxAgeMs,
    now: Date.now(),
  });
  if (need === "second-factor") redirect(browserInitUrl("login", {}, { aal: "aal2", return_to: appPath(DELETE_ACCOUNT_PATH) }));
  if (need === "sign-in-again") redirect(browserInitUrl("login", {}, { refresh: "true", return_to: appPath(DELETE_ACCOUNT_PATH) }));
  return { mode, id: session.identity.id, identifier: identifierOf(session.identity), api };
}

/**
 * Deletes the identity (Kratos deletes its sessions with it), or sets it inactive
 * and revokes its sessions, writes the audit line, and forgets the session
 * cookie in this browser. True when Kratos did it.
 */
export async function leave({ mode, id, identifier, api }: Leaver): Promise<boolean> {
  let status: number;
  if (mode === "delete") {
    status = (await api.DELETE("/admin/identities/{id}", { params: { path: { id } } })).response.status;
  } else {
    const patched = await api.PATCH("/admin/identities/{id}", {
      params: { path: { id } },
      body: [{ op: "replace", path: "/state", value: "inactive" }],
    });
    status = patched.response.status;
    if (patched.response.ok) {
      const revoked = await api.DELETE("/admin/identities/{id}/sessions", { params: { path: { id } } });
      // 404: no session left to revoke.
      if (!revoked.response.ok && revoked.response.status !== 404) status = revoked.response.status;
    }
  }
  const done = status >= 200 && status < 300;
  audit({
    actor: { id, identifier: "self" },
    action: mode === "delete" ? "account.delete" : "account.deactivate",
    target: { id, identifier },
    outcome: done ? "success" : "failure",
    ...(!done && { status }),
  });
  if (done) await forgetSessionCookie();
  return done;
}

/** The session is gone at Kratos; its cookie (Kratos's default name and any renamed one) goes from the browser too. */
async function forgetSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (cookie.name.startsWith("ory_kratos_session") || cookie.name === "ory_session") jar.delete({ name: cookie.name, path: "/" });
  }
}
