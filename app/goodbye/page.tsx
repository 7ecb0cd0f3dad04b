import type { Metadata } from "next";
import { PageShell } from "@/components/page/page-shell";
import { buttonClasses } from "@/components/ui/button";
import { appPath } from "@/lib/http/app-path";
import type { PageProps } from "@/components/page/kratos-page";
import { firstParam } from "@/lib/http/query";
import { t } from "@/lib/i18n/catalogue";

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const deactivated = firstParam(await searchParams, "mode") === "deactivate";
  return { title: t(deactivated ? "deletion.done.title.deactivate" : "deletion.done.title.delete") };
}

/** Where a person lands after leaving. It holds nothing of theirs: the account and its session are gone. */
export default async function GoodbyePage({ searchParams }: PageProps) {
  const deactivated = firstParam(await searchParams, "mode") === "deactivate";
  return (
    <PageShell title={deactivated ? t("deletion.done.title.deactivate") : t("deletion.done.title.delete")}>
      <div className="space-y-6">
        <p role="status">{deactivated ? t("deletion.done.body.deactivate") : t("deletion.done.body.delete")}</p>
        <a href={appPath("/")} className={buttonClasses("secondary")}>
          {t("deletion.done.home")}
        </a>
      </div>
    </PageShell>
  );
}
