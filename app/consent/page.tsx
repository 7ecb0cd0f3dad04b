import { ConsentView } from "@/components/oauth2/consent-view";
import { ContinueView } from "@/components/oauth2/continue-view";
import { appName } from "@/lib/hydra/app-name";
import { kratosPage } from "@/components/page/kratos-page";
import { firstParam } from "@/lib/http/query";
import { titled } from "@/lib/i18n/page-title";
import { consentForSignedInPerson, grantConsent, needsNoConsent } from "@/lib/hydra/consent";
import { requireHydra } from "@/lib/hydra/requests";
import { asRecord } from "@/lib/records";
import { decideConsent } from "./actions";

export const generateMetadata = titled("consent.title");

/** Hydra's consent screen: what an app may see of this account. */
export default kratosPage("/consent", async (query) => {
  requireHydra();
  const { request, session } = await consentForSignedInPerson(firstParam(query, "consent_challenge"));
  if (needsNoConsent(request)) {
    const to = await grantConsent(request, session, request.requested_scope ?? [], false);
    return <ContinueView to={to} app={appName(request.client)} />;
  }
  const traits = asRecord(session.identity?.traits);
  const account = typeof traits.email === "string" ? traits.email : (session.identity?.id ?? "");
  return <ConsentView request={request} account={account} decide={decideConsent} />;
});
