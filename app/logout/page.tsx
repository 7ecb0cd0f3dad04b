import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { PageShell } from "@/components/page/page-shell";
import { buttonClasses } from "@/components/ui/button";
import { kratosPage } from "@/lib/http/page";
import { isFirstPartyNavigation } from "@/lib/http/navigation";
import { firstParam } from "@/lib/http/query";
import { t } from "@/lib/i18n/catalogue";
import { kratosBrowserAddress } from "@/lib/kratos/flow-errors";
import { logoutFlow } from "@/lib/kratos/session";
import { appPath } from "@/lib/http/app-path";

export const metadata: Metadata = { title: t("logout.title") };

/**
 * Signing out uses the logout URL Kratos issues for this session (its token is
 * the CSRF protection). A link from our own pages signs out at once; a request
 * started by another site only gets a confirmation button, so it cannot sign
 * anyone out by itself.
 */
export default kratosPage("/logout", async (query) => {
  const flow = await logoutFlow(firstParam(query, "return_to"));
  const logoutUrl = kratosBrowserAddress(flow?.logout_url);
  if (!logoutUrl) {
    return (
      <PageShell title={t("logout.title")} intro={t("logout.notSignedIn")}>
        <a href={appPath("/login")} className={buttonClasses("primary")}>
          {t("home.signIn")}
        </a>
      </PageShell>
    );
  }
  if (isFirstPartyNavigation(await headers())) redirect(logoutUrl);
  return (
    <PageShell title={t("logout.title")} intro={t("logout.confirm")}>
      <div className="grid gap-3 sm:grid-cols-2">
        <a href={logoutUrl} className={buttonClasses("primary")} data-testid="logout-confirm">
          {t("logout.submit")}
        </a>
        <a href={appPath("/")} className={buttonClasses("secondary")}>
          {t("logout.cancel")}
        </a>
      </div>
    </PageShell>
  );
});
