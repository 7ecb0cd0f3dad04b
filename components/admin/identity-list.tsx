import { AdminShell } from "@/components/admin/admin-shell";
import { AdminTable, PageLinks } from "@/components/admin/admin-table";
import { AddressList, credentialName, credentialTypes, StateText } from "@/components/admin/identity-facts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { TextLink } from "@/components/ui/text-link";
import { identifierOf } from "@/lib/admin/access";
import type { IdentityPage } from "@/lib/admin/identities";
import { PAGE_SIZES } from "@/lib/admin/page-token";
import { appPath } from "@/lib/http/app-path";
import { t } from "@/lib/i18n/catalogue";
import { formatList } from "@/lib/i18n/format-list";
import { formatTime } from "@/lib/i18n/format-time";

/** `deleted`: the identifier of an identity just deleted from its page. */
type Props = { admin: string; page: IdentityPage; search: string; pageSize: number; paged: boolean; deleted?: string };

function listHref(params: Record<string, string>): string {
  return appPath(`/admin?${new URLSearchParams(params).toString()}`);
}

/** The identities, one page at a time as Kratos hands them out, or those an exact search found. */
export function IdentityList({ admin, page, search, pageSize, paged, deleted }: Props) {
  return (
    <AdminShell title={t("admin.identities.title")} admin={admin}>
      <div className="space-y-6">
        {deleted && (
          <Alert tone="success" data-testid="admin-notice">
            {t("admin.deleted", { identifier: deleted })}
          </Alert>
        )}
        <form method="get" action={appPath("/admin")} role="search" className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="grow space-y-1">
            <Label htmlFor="admin-search">{t("admin.identities.search")}</Label>
            <Input id="admin-search" name="q" type="search" defaultValue={search} autoComplete="off" spellCheck={false} />
          </div>
          <div className="space-y-1 sm:w-28">
            <Label htmlFor="admin-page-size">{t("admin.identities.pageSize")}</Label>
            <Select id="admin-page-size" name="page_size" defaultValue={String(pageSize)}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" className="sm:w-auto">
            {t("admin.identities.searchButton")}
          </Button>
        </form>
        {page.identities.length === 0 ? (
          <p className="text-sm text-text-muted" data-testid="admin-no-identities">
            {t("admin.identities.none")}
          </p>
        ) : (
          <AdminTable
            columns={[
              t("admin.identities.col.identifier"),
              t("admin.identities.col.schema"),
              t("admin.identities.col.state"),
              t("admin.identities.col.addresses"),
              t("admin.identities.col.credentials"),
              t("admin.identities.col.created"),
            ]}
            minWidth="min-w-[44rem]"
            testId="admin-identities"
          >
            {page.identities.map((identity) => (
              <tr key={identity.id} className="align-top">
                <th scope="row" className="py-2 pe-3 font-normal break-all">
                  <TextLink href={appPath(`/admin/identities/${identity.id}`)}>{identifierOf(identity)}</TextLink>
                </th>
                <td className="py-2 pe-3">{identity.schema_id}</td>
                <td className="py-2 pe-3">
                  <StateText state={identity.state} />
                </td>
                <td className="py-2 pe-3">
                  <AddressList identity={identity} />
                </td>
                <td className="py-2 pe-3">{formatList(credentialTypes(identity).map(credentialName)) || t("admin.none")}</td>
                <td className="py-2 whitespace-nowrap">{identity.created_at ? formatTime(identity.created_at) : ""}</td>
              </tr>
            ))}
          </AdminTable>
        )}
        <PageLinks
          label={t("admin.identities.title")}
          first={
            paged || search
              ? {
                  href: listHref({ page_size: String(pageSize) }),
                  text: search ? t("admin.identities.clearSearch") : t("admin.identities.first"),
                }
              : undefined
          }
          next={page.next && listHref({ page_size: String(pageSize), page_token: page.next })}
        />
      </div>
    </AdminShell>
  );
}
