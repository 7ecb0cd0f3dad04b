import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ErrorView } from "@/components/page/error-view";
import { PageShell } from "@/components/page/page-shell";
import { buttonClasses } from "@/components/ui/button";
import { kratosPage } from "@/components/page/kratos-page";
import { isFirstPartyNavigation } from "@/lib/http/navigation";
import { firstParam } from "@/lib/http/query";
import { setResponseStatus } from "@/lib/http/request-context";
import { t } from "@/lib/i18n/catalogue";
import { titled } from "@/lib/i18n/page-title";
import { messageForErrorId } from "@/lib/kratos/errors";
import { kratosBrowserAddress } from "@/lib/kratos/urls";
import { logoutFlow } from "@/lib/kratos/session";
import { appPath } from "@/lib/http/app-path";
import { oauth2Logout } from "./oauth2-logout";

export const generateMetadata = titled("logout.title");

/**
 * Signing out uses the logout URL Kratos issues for this session (its token is
 * the CSRF protection). A link from our own pages signs out at once; a request
 * started by another site only gets a confirmation button, so it cannot sign
 * anyone out by itself.
 */
export default kratosPage("/logout", async (query) => {
  const challenge = firstParam(query, "logout_challenge");
  if (challenge) return oauth2Logout(challenge);
  const returnTo = firstParam(query, "return_to");
  const flow = await logoutFlow(returnTo);
  // Kratos refuses a return_to outside its allow-list; signed in, that is the reason, not "not signed in".
  if (!flow && returnTo && (await logoutFlow())) {
    setResponseStatus(400);
    const errorId = "self_service_flow_return_to_forbidden";
    return <ErrorView message={messageForErrorId(errorId)} errorId={errorId} />;
  }
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
