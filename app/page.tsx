import { MethodsSummary } from "@/components/account/methods-summary";
import { SessionSummary } from "@/components/account/session-summary";
import { PageShell } from "@/components/page/page-shell";
import { buttonClasses } from "@/components/ui/button";
import { kratosPage } from "@/components/page/kratos-page";
import { t } from "@/lib/i18n/catalogue";
import { titled } from "@/lib/i18n/page-title";
import { configuredMethods } from "@/lib/kratos/account";
import { currentSession, signInAndReturn } from "@/lib/kratos/session";
import { appPath } from "@/lib/http/app-path";

export const generateMetadata = titled("home.title");

export default kratosPage("/", async () => {
  const lookup = await currentSession();
  if (lookup.state === "needs-second-factor") signInAndReturn("/", lookup);
  if (lookup.state === "signed-out") {
    return (
      <PageShell title={t("home.signedOutTitle")} intro={t("home.signedOutIntro")}>
        <div className="grid gap-3 sm:grid-cols-2">
          <a href={appPath("/login")} className={buttonClasses("primary")}>
            {t("home.signIn")}
          </a>
          <a href={appPath("/registration")} className={buttonClasses("secondary")}>
            {t("home.signUp")}
          </a>
        </div>
      </PageShell>
    );
  }
  const { session } = lookup;
  const email = session.identity?.verifiable_addresses?.[0]?.value ?? session.identity?.id ?? "";
  const methods = await configuredMethods(session);
  return (
    <PageShell title={t("home.title")} intro={t("home.signedInAs", { name: email })} wide>
      <SessionSummary session={session} />
      {methods && <MethodsSummary statuses={methods} />}
      <div className="mt-8 grid gap-3 sm:grid-cols-3">
        <a href={appPath("/settings")} className={buttonClasses("primary")}>
          {t("home.settings")}
        </a>
        <a href={appPath("/sessions")} className={buttonClasses("secondary", { className: "text-center" })}>
          {t("home.sessions")}
        </a>
        <a href={appPath("/logout")} className={buttonClasses("secondary")} data-testid="logout">
          {t("home.signOut")}
        </a>
      </div>
    </PageShell>
  );
});
