import { adminTitled } from "@/lib/admin/page-title";
import { notFound } from "next/navigation";
import { IdentityView } from "@/components/admin/identity-view";
import { kratosPage, type PageProps } from "@/components/page/kratos-page";
import { sessionsOf, traitSpecsFor } from "@/lib/admin/changes";
import { requireAdmin } from "@/lib/admin/gate";
import { findIdentity } from "@/lib/admin/identities";
import { identityNotice, identityPath } from "@/lib/admin/notices";
import { traitFormState } from "@/components/admin/trait-form-state";
import { firstParam } from "@/lib/http/query";
import * as actions from "./actions";

export const generateMetadata = adminTitled("admin.identity.title");

export default async function IdentityPage({ params, searchParams }: PageProps & { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = identityPath(id);
  return kratosPage(path, async (query) => {
    const admin = await requireAdmin(path);
    const identity = await findIdentity(admin, id);
    if (!identity) notFound();
    const [specs, sessions] = await Promise.all([traitSpecsFor(identity.schema_id), sessionsOf(admin, identity.id)]);
    return (
      <IdentityView
        admin={admin.identifier}
        identity={identity}
        traits={traitFormState(specs, identity.traits)}
        sessions={sessions}
        notice={identityNotice(firstParam(query, "notice"))}
        actions={actions}
      />
    );
  })({ searchParams });
}
