import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { appPath } from "@/lib/http/app-path";
import { t } from "@/lib/i18n/catalogue";

type Props = { title: string; admin: string; children: ReactNode };

const NAV = [
  { href: "/admin", label: "admin.nav.identities" },
  { href: "/admin/new", label: "admin.nav.create" },
  { href: "/admin/courier", label: "admin.nav.courier" },
] as const;

/** The frame of every admin page: wider than the account pages, with the admin area's own links. */
export function AdminShell({ title, admin, children }: Props) {
  return (
    // Marked wide: the header lines up with this frame (app/globals.css).
    <div className="mx-auto w-full max-w-(--page-width) space-y-4" data-page-width="wide">
      <nav aria-label={t("admin.nav")} className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        {NAV.map((item) => (
          <TextLink key={item.href} href={appPath(item.href)}>
            {t(item.label)}
          </TextLink>
        ))}
        <span className="text-text-muted sm:ms-auto">{t("admin.signedInAs", { identifier: admin })}</span>
      </nav>
      <Card aria-labelledby="page-title" className="p-4 sm:p-8">
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight break-words">
          {title}
        </h1>
        <div className="mt-6">{children}</div>
      </Card>
    </div>
  );
}
