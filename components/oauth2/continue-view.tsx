import { PageShell } from "@/components/page/page-shell";
import { buttonClasses } from "@/components/ui/button";
import { t } from "@/lib/i18n/catalogue";

/**
 * The step back to an app after an OAuth2 decision. Browsers check every
 * redirect that follows a form post against the CSP's form-action, and an app's
 * address is not something this site can list in advance; a page that moves on
 * by itself (meta refresh, which is not a form navigation) or by its button
 * ends that chain here. `to` is always Hydra's own address.
 */
export function ContinueView({ to, app = t("continue.theApp") }: { to: string; app?: string }) {
  return (
    <PageShell title={t("continue.title", { app })} intro={t("continue.body", { app })}>
      <meta httpEquiv="refresh" content={`0;url=${to}`} />
      <a href={to} className={buttonClasses("primary")} data-testid="oauth2-continue">
        {t("continue.button", { app })}
      </a>
    </PageShell>
  );
}
