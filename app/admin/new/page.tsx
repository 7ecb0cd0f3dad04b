import { adminTitled } from "@/lib/admin/page-title";
import { AdminShell } from "@/components/admin/admin-shell";
import { CreateForm } from "@/components/admin/create-form";
import { kratosPage } from "@/components/page/kratos-page";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { traitSpecsFor } from "@/lib/admin/changes";
import { requireAdmin } from "@/lib/admin/gate";
import { traitFormState } from "@/components/admin/trait-form-state";
import { appPath } from "@/lib/http/app-path";
import { firstParam, queryString } from "@/lib/http/query";
import { t } from "@/lib/i18n/catalogue";
import { kratos } from "@/lib/kratos/client";
import { createIdentity } from "./actions";

export const generateMetadata = adminTitled("admin.create.title");

export default kratosPage("/admin/new", async (query) => {
  const admin = await requireAdmin(`/admin/new${queryString(query)}`);
  const { data: schemas } = await (await kratos()).GET("/schemas");
  const ids = (schemas ?? []).flatMap((schema) => (schema.id ? [schema.id] : []));
  const wanted = firstParam(query, "schema");
  const schemaId = wanted && ids.includes(wanted) ? wanted : (ids[0] ?? "default");
  const specs = await traitSpecsFor(schemaId);
  return (
    <AdminShell title={t("admin.create.title")} admin={admin.identifier}>
      <div className="space-y-6">
        <form method="get" action={appPath("/admin/new")} className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="grow space-y-1">
            <Label htmlFor="admin-create-schema">{t("admin.create.schema")}</Label>
            <Select id="admin-create-schema" name="schema" defaultValue={schemaId}>
              {ids.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary" className="sm:w-auto">
            {t("admin.create.chooseSchema")}
          </Button>
        </form>
        <CreateForm key={schemaId} schemaId={schemaId} initial={traitFormState(specs, {})} action={createIdentity} />
      </div>
    </AdminShell>
  );
});
