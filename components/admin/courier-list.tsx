import { AdminShell } from "@/components/admin/admin-shell";
import { TextLink } from "@/components/ui/text-link";
import { appPath } from "@/lib/http/app-path";
import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { formatTime } from "@/lib/i18n/format-time";
import type { CourierMessage } from "@/lib/kratos/types";

const STATUS: Record<CourierMessage["status"], UiMessageKey> = {
  queued: "admin.courier.queued",
  processing: "admin.courier.processing",
  sent: "admin.courier.sent",
  abandoned: "admin.courier.abandoned",
};

type Props = { admin: string; messages: readonly CourierMessage[]; pageSize: number; next?: string; paged: boolean };

function pageHref(pageSize: number, pageToken?: string): string {
  const params = new URLSearchParams({ page_size: String(pageSize), ...(pageToken && { page_token: pageToken }) });
  return appPath(`/admin/courier?${params.toString()}`);
}

/** What Kratos's courier sent: recipient, subject, status. */
export function CourierList({ admin, messages, pageSize, next, paged }: Props) {
  return (
    <AdminShell title={t("admin.courier.title")} admin={admin}>
      <div className="space-y-6">
        <p className="text-sm text-text-muted">{t("admin.courier.about")}</p>
        {messages.length === 0 ? (
          <p className="text-sm text-text-muted">{t("admin.courier.none")}</p>
        ) : (
          <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
            <table className="w-full min-w-[40rem] text-left text-sm" data-testid="admin-courier">
              <thead className="border-b border-border text-text-muted">
                <tr>
                  <th scope="col" className="py-2 pe-3 font-medium">
                    {t("admin.courier.recipient")}
                  </th>
                  <th scope="col" className="py-2 pe-3 font-medium">
                    {t("admin.courier.subject")}
                  </th>
                  <th scope="col" className="py-2 pe-3 font-medium">
                    {t("admin.courier.status")}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {t("admin.courier.created")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {messages.map((message) => (
                  <tr key={message.id} className="align-top">
                    <td className="py-2 pe-3 break-all">{message.recipient}</td>
                    <td className="py-2 pe-3">{message.subject}</td>
                    <td className="py-2 pe-3">{t(STATUS[message.status])}</td>
                    <td className="py-2 whitespace-nowrap">{formatTime(message.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav className="flex flex-wrap gap-6 text-sm" aria-label={t("admin.courier.title")}>
          {paged && <TextLink href={pageHref(pageSize)}>{t("admin.identities.first")}</TextLink>}
          {next && (
            <TextLink href={pageHref(pageSize, next)} rel="next">
              {t("admin.identities.next")}
            </TextLink>
          )}
        </nav>
      </div>
    </AdminShell>
  );
}
