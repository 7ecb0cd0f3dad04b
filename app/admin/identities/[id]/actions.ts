"use server";

import { refresh } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { change, target, traitSpecsFor } from "@/lib/admin/changes";
import { requireAdminAction, type Admin } from "@/lib/admin/gate";
import { findIdentity } from "@/lib/admin/identities";
import { identityPath, type IdentityNotice } from "@/lib/admin/notices";
import { confirmsIdentifier } from "@/lib/account/privilege";
import { identifierOf } from "@/lib/admin/access";
import { parseMetadata } from "@/lib/admin/metadata";
import { traitErrors, traitsFromForm } from "@/lib/admin/traits";
import { traitFormState } from "@/components/admin/trait-form-state";
import { t } from "@/lib/i18n/catalogue";
import { formatTime } from "@/lib/i18n/format-time";
import type { TraitFormState } from "@/components/admin/trait-form";
import type { Identity } from "@/lib/kratos/types";

// Every admin action: a server action (a plain form post without JavaScript),
// refused when another site started it, then the admin gate, then one change
// through Kratos's admin API with one audit line (lib/admin/changes.ts). The
// identity comes from the form but is looked up again; the admin may act on any.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

async function identityFor(formData: FormData): Promise<{ admin: Admin; identity: Identity }> {
  const id = text(formData, "identity_id");
  const admin = await requireAdminAction(identityPath(id));
  const identity = await findIdentity(admin, id);
  if (!identity) notFound();
  return { admin, identity };
}

function back(identity: Identity, notice: IdentityNotice): never {
  redirect(identityPath(identity.id, notice));
}

export type TraitsState = TraitFormState;

export async function saveTraits(_: TraitsState, formData: FormData): Promise<TraitsState> {
  const { admin, identity } = await identityFor(formData);
  const specs = await traitSpecsFor(identity.schema_id);
  const traits = traitsFromForm(specs, formData, identity.traits);
  const result = await change(admin, "identity.traits.update", target(identity), () =>
    admin.api.PATCH("/admin/identities/{id}", {
      params: { path: { id: identity.id } },
      body: [{ op: "replace", path: "/traits", value: traits }],
    }),
  );
  if (result.ok) {
    // The rest of the page (its heading names the identity by a trait) shows what Kratos now holds, not what the page loaded.
    refresh();
    return traitFormState(specs, traits, { saved: true });
  }
  const { byField, other } = traitErrors(result.messages);
  return traitFormState(specs, traits, { errors: byField, problems: other, saved: false });
}

export async function setState(formData: FormData): Promise<void> {
  const { admin, identity } = await identityFor(formData);
  const state = text(formData, "state") === "inactive" ? "inactive" : "active";
  const result = await change(admin, `identity.state.${state}`, target(identity), () =>
    admin.api.PATCH("/admin/identities/{id}", {
      params: { path: { id: identity.id } },
      body: [{ op: "replace", path: "/state", value: state }],
    }),
  );
  back(identity, result.ok ? (state === "inactive" ? "deactivated" : "activated") : "failed");
}

const REMOVABLE = ["totp", "lookup_secret", "webauthn"] as const;

export async function removeSecondFactor(formData: FormData): Promise<void> {
  const { admin, identity } = await identityFor(formData);
  const type = REMOVABLE.find((candidate) => candidate === text(formData, "type"));
  if (!type) back(identity, "failed");
  const result = await change(admin, `identity.credential.${type}.delete`, target(identity), () =>
    admin.api.DELETE("/admin/identities/{id}/credentials/{type}", { params: { path: { id: identity.id, type } } }),
  );
  back(identity, result.ok ? "credential-removed" : "failed");
}

export async function saveMetadata(formData: FormData): Promise<void> {
  const { admin, identity } = await identityFor(formData);
  const metadataPublic = parseMetadata(text(formData, "metadata_public"));
  const metadataAdmin = parseMetadata(text(formData, "metadata_admin"));
  if (!metadataPublic.ok || !metadataAdmin.ok) back(identity, "metadata-invalid");
  const result = await change(admin, "identity.metadata.update", target(identity), () =>
    admin.api.PATCH("/admin/identities/{id}", {
      params: { path: { id: identity.id } },
      body: [
        { op: "add", path: "/metadata_public", value: metadataPublic.value },
        { op: "add", path: "/metadata_admin", value: metadataAdmin.value },
      ],
    }),
  );
  back(identity, result.ok ? "metadata-saved" : "failed");
}

export async function revokeSession(formData: FormData): Promise<void> {
  const { admin, identity } = await identityFor(formData);
  const sessionId = text(formData, "session_id");
  // Kratos leaves the session's identity out unless asked to expand it.
  const { data: session } = await admin.api.GET("/admin/sessions/{id}", {
    params: { path: { id: sessionId }, query: { expand: ["identity"] } },
  });
  // Only a session of this identity: the form names both.
  if (!session || session.identity?.id !== identity.id) back(identity, "failed");
  const result = await change(admin, "session.revoke", target(identity), () =>
    admin.api.DELETE("/admin/sessions/{id}", { params: { path: { id: sessionId } } }),
  );
  back(identity, result.ok ? "session-revoked" : "failed");
}

export async function revokeAllSessions(formData: FormData): Promise<void> {
  const { admin, identity } = await identityFor(formData);
  const result = await change(admin, "session.revoke_all", target(identity), () =>
    admin.api.DELETE("/admin/identities/{id}/sessions", { params: { path: { id: identity.id } } }),
  );
  // 404: there was no session to revoke.
  back(identity, result.ok || result.status === 404 ? "sessions-revoked" : "failed");
}

/** A new recovery code and link, and until when they work, in words (the form shows only texts made here). */
export type RecoveryState = { code?: string; link?: string; validUntil?: string; failed?: boolean };

export async function createRecoveryCode(_: RecoveryState, formData: FormData): Promise<RecoveryState> {
  const { admin, identity } = await identityFor(formData);
  let answer: { recovery_code: string; recovery_link: string; expires_at?: string } | undefined;
  const result = await change(admin, "recovery_code.create", target(identity), async () => {
    const { data, error, response } = await admin.api.POST("/admin/recovery/code", {
      body: { identity_id: identity.id, expires_in: "1h" },
    });
    answer = data;
    return { response, error };
  });
  if (!result.ok || !answer) return { failed: true };
  const validUntil = answer.expires_at ? t("admin.recovery.expires", { time: formatTime(answer.expires_at) }) : undefined;
  return { code: answer.recovery_code, link: answer.recovery_link, validUntil };
}

export async function deleteIdentity(formData: FormData): Promise<void> {
  const { admin, identity } = await identityFor(formData);
  if (!confirmsIdentifier(text(formData, "confirm"), identifierOf(identity))) back(identity, "confirm-mismatch");
  const result = await change(admin, "identity.delete", target(identity), () =>
    admin.api.DELETE("/admin/identities/{id}", { params: { path: { id: identity.id } } }),
  );
  if (!result.ok) back(identity, "failed");
  redirect(`/admin?deleted=${encodeURIComponent(identifierOf(identity))}`);
}
