import { Alert } from "@/components/ui/alert";
import { t } from "@/lib/i18n/catalogue";
import type { LoginFlow, RegistrationFlow } from "@/lib/kratos/types";
import { appAskedToConfirm } from "@/lib/hydra/reauthentication";
import { AppLogo } from "./app-logo";
import { appName } from "@/lib/hydra/app-name";

/**
 * During an app's sign-in (OAuth2, through Hydra), which app the person is
 * signing in to; and when Kratos asks a signed-in person to confirm it is them
 * (it does whenever Hydra cannot skip the app's login), why.
 */
export function ForApp({ flow }: { flow: LoginFlow | RegistrationFlow }) {
  const request = flow.oauth2_login_request;
  if (!request) return null;
  const app = appName(request.client);
  // On a second step Kratos also sets `refresh`; that step explains itself.
  const confirming = "refresh" in flow && flow.refresh === true && flow.requested_aal !== "aal2";
  return (
    <Alert tone="info" className="mb-4 flex items-start gap-3" data-testid="oauth2-app">
      <AppLogo client={request.client} />
      <div className="space-y-1">
        <p>{t("oauth2.signingInTo", { app })}</p>
        {confirming && <p>{t(appAskedToConfirm(request.request_url) ? "oauth2.confirmWhy" : "oauth2.confirmAlways", { app })}</p>}
      </div>
    </Alert>
  );
}
