import { appName } from "@/lib/hydra/app-name";
import { ContinueView } from "@/components/oauth2/continue-view";
import { PageShell } from "@/components/page/page-shell";
import { Button } from "@/components/ui/button";
import { t } from "@/lib/i18n/catalogue";
import { acceptLogout, fetchLogoutRequest } from "@/lib/hydra/requests";
import { answerLogout } from "./actions";

/**
 * Hydra's sign-out screen, for an app that asked to sign the person out
 * (RP-initiated logout): "Yes" ends the app's OAuth2 session and, through Hydra
 * (urls.identity_provider), the Kratos session too. Apps registered with
 * skip_logout_consent are not asked about.
 */
export async function oauth2Logout(challenge: string) {
  const request = await fetchLogoutRequest(challenge);
  const app = appName(request.client);
  if (request.client?.skip_logout_consent) return <ContinueView to={await acceptLogout(challenge)} app={app} />;
  return (
    <PageShell title={t("logout.title")} intro={t("logout.oauth2Confirm", { app })}>
      <form action={answerLogout} className="grid gap-3 sm:grid-cols-2" aria-label={t("logout.title")}>
        <input type="hidden" name="logout_challenge" value={challenge} />
        <Button type="submit" name="decision" value="yes" data-testid="oauth2-logout-accept">
          {t("logout.oauth2Yes")}
        </Button>
        <Button type="submit" name="decision" value="no" variant="secondary" data-testid="oauth2-logout-reject">
          {t("logout.oauth2No")}
        </Button>
      </form>
    </PageShell>
  );
}
