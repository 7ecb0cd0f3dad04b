import { PageShell } from "@/components/page/page-shell";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/input";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import type { ConsentRequest } from "@/lib/hydra/types";
import { AppLogo } from "./app-logo";
import { appName } from "@/lib/hydra/app-name";
import { scopeText } from "./scope-text";

type Props = {
  request: ConsentRequest;
  account: string;
  decide: (formData: FormData) => Promise<void>;
};

/**
 * The consent screen: which app, for which account, each requested scope with a
 * checkbox (all ticked; the person may untick any), "remember", Allow and Deny.
 * A plain form posting to a server action: it works without JavaScript.
 */
export function ConsentView({ request, account, decide }: Props) {
  const app = appName(request.client);
  const scopes = request.requested_scope ?? [];
  const { policy_uri: policy, tos_uri: terms } = request.client ?? {};
  return (
    <PageShell
      title={t("consent.title")}
      intro={
        <>
          <div className="flex items-center gap-3">
            <AppLogo client={request.client} />
            <p>{t("consent.intro", { app })}</p>
          </div>
          <p data-testid="consent-account">{t("consent.signedInAs", { name: account })}</p>
        </>
      }
      footer={<p>{t("consent.changeLater")}</p>}
    >
      <form action={decide} className="space-y-6" aria-label={t("consent.title")}>
        <input type="hidden" name="consent_challenge" value={request.challenge} />
        <fieldset className="space-y-3">
          <legend className="mb-2 font-medium">{t("consent.scopesLegend", { app })}</legend>
          {scopes.map((scope) => (
            <label key={scope} className="flex items-start gap-3">
              <Checkbox name="scope" value={scope} defaultChecked data-testid={`consent-scope-${scope}`} />
              <span>{scopeText(scope)}</span>
            </label>
          ))}
        </fieldset>
        <label className="flex items-start gap-3">
          <Checkbox name="remember" value="yes" data-testid="consent-remember" />
          <span>{t("consent.remember")}</span>
        </label>
        {(policy || terms) && (
          <ul className="space-y-1 text-sm">
            {policy && (
              <li>
                <TextLink href={policy} rel="noopener noreferrer">
                  {t("consent.privacy", { app })}
                </TextLink>
              </li>
            )}
            {terms && (
              <li>
                <TextLink href={terms} rel="noopener noreferrer">
                  {t("consent.terms", { app })}
                </TextLink>
              </li>
            )}
          </ul>
        )}
        <div className="grid gap-3 sm:grid-cols-2">
          <Button type="submit" name="decision" value="allow" id="accept">
            {t("consent.allow")}
          </Button>
          <Button type="submit" name="decision" value="deny" variant="secondary" id="reject">
            {t("consent.deny")}
          </Button>
        </div>
      </form>
    </PageShell>
  );
}
