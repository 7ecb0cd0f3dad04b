import { Alert } from "@/components/ui/alert";
import { t } from "@/lib/i18n/catalogue";
import type { LoginFlow, RegistrationFlow } from "@/lib/kratos/types";
import { appName } from "./app-name";

/**
 * During an app's sign-in (OAuth2, through Hydra), which app the person is
 * signing in to; and when Kratos asks a signed-in person to confirm it is them
 * (it does whenever Hydra cannot skip the app's login), why.
 */
export function ForApp({ flow }: { flow: LoginFlow | RegistrationFlow }) {
  const request = flow.oauth2_login_request;
  if (!request) return null;
  const app = appName(request.client);
  const confirming = "refresh" in flow && flow.refresh === true;
  return (
    <Alert tone="info" className="mb-4 space-y-1" data-testid="oauth2-app">
      <p>{t("oauth2.signingInTo", { app })}</p>
      {confirming && <p>{t("oauth2.confirmWhy", { app })}</p>}
    </Alert>
  );
}
