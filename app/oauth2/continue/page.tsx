import { cookies } from "next/headers";
import { ContinueView } from "@/components/oauth2/continue-view";
import { kratosPage } from "@/components/page/kratos-page";
import { t } from "@/lib/i18n/catalogue";
import { titled } from "@/lib/i18n/page-title";
import { CONTINUE_COOKIE } from "@/lib/hydra/continue";
import { requireHydra } from "@/lib/hydra/requests";
import { KratosRefusal } from "@/lib/kratos/errors";

export const generateMetadata = titled("continue.title", () => ({ app: t("continue.theApp") }));

/** The way back to an app after a decision on the consent or sign-out screen (see ContinueView). */
export default kratosPage("/oauth2/continue", async () => {
  requireHydra();
  const to = (await cookies()).get(CONTINUE_COOKIE)?.value;
  if (!to || !/^https?:\/\//.test(to)) throw new KratosRefusal("oauth2_challenge_missing", 400);
  return <ContinueView to={to} />;
});
