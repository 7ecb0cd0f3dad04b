"use server";

import { redirect } from "next/navigation";
import { change, traitSpecsFor } from "@/lib/admin/changes";
import { requireAdminAction } from "@/lib/admin/gate";
import { sendInvitation } from "@/lib/admin/invitation";
import { identityPath } from "@/lib/admin/notices";
import { traitErrors, traitsFromForm } from "@/lib/admin/traits";
import { traitFormState } from "@/components/admin/trait-form-state";
import type { TraitFormState } from "@/components/admin/trait-form";

// See app/admin/identities/[id]/actions.ts: cross-site check, gate, one change, one audit line.

export type CreateState = TraitFormState;

export async function createIdentity(_: CreateState, formData: FormData): Promise<CreateState> {
  const schemaId = String(formData.get("schema_id") ?? "default");
  const admin = await requireAdminAction(`/admin/new?schema=${encodeURIComponent(schemaId)}`);
  const specs = await traitSpecsFor(schemaId);
  const traits = traitsFromForm(specs, formData, {});
  // An invitation lets the person choose their own password.
  const password = formData.get("invite") === "yes" ? "" : formData.get("password");
  let createdId: string | undefined;
  const email = typeof traits.email === "string" ? traits.email : undefined;
  const result = await change(admin, "identity.create", { id: "new", identifier: email }, async () => {
    const { data, error, response } = await admin.api.POST("/admin/identities", {
      body: {
        schema_id: schemaId,
        traits: traits as Record<string, never>,
        ...(typeof password === "string" && password !== "" && { credentials: { password: { config: { password } } } }),
      },
    });
    createdId = data?.id;
    return { response, error };
  });
  if (result.ok && createdId && formData.get("invite") === "yes" && email) {
    const id = createdId;
    const sent = await change(admin, "identity.invite", { id, identifier: email }, async () => {
      const ok = await sendInvitation(admin, id, email, traits.locale);
      return { response: new Response(null, { status: ok ? 204 : 502 }) };
    });
    redirect(identityPath(id, sent.ok ? "invited" : "invitation-failed"));
  }
  if (result.ok && createdId) redirect(identityPath(createdId));
  const { byField, other } = traitErrors(result.messages);
  return traitFormState(specs, traits, {
    errors: byField,
    problems: other.length || Object.keys(byField).length ? other : result.messages,
  });
}
