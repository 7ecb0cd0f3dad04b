import { AdminShell } from "@/components/admin/admin-shell";
import { AdminTable, PageLinks } from "@/components/admin/admin-table";
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
          <AdminTable
            columns={[t("admin.courier.recipient"), t("admin.courier.subject"), t("admin.courier.status"), t("admin.courier.created")]}
            minWidth="min-w-[40rem]"
            testId="admin-courier"
          >
            {messages.map((message) => (
              <tr key={message.id} className="align-top">
                {/* The mail's own words, in the recipient's language: isolated, as any data of unknown direction. */}
                <td className="py-2 pe-3 break-all">
                  <bdi>{message.recipient}</bdi>
                </td>
                <td className="py-2 pe-3">
                  <bdi>{message.subject}</bdi>
                </td>
                <td className="py-2 pe-3">{t(STATUS[message.status])}</td>
                <td className="py-2 whitespace-nowrap">{formatTime(message.created_at)}</td>
              </tr>
            ))}
          </AdminTable>
        )}
        <PageLinks
          label={t("admin.courier.title")}
          first={paged ? { href: pageHref(pageSize), text: t("admin.identities.first") } : undefined}
          next={next && pageHref(pageSize, next)}
        />
      </div>
    </AdminShell>
  );
}
