import { Button } from "@/components/ui/button";
import { t } from "@/lib/i18n/catalogue";
import { formatTime } from "@/lib/i18n/format-time";
import type { ConnectedApp } from "@/lib/hydra/connected-apps";
import { appName } from "@/lib/hydra/app-name";
import { AppLogo } from "@/components/oauth2/app-logo";
import { scopeText } from "@/components/oauth2/scope-text";

type Props = { apps: readonly ConnectedApp[]; removeApp: (formData: FormData) => Promise<void> };

/** The apps that may use this account, what they may see, since when, and "Remove access". */
export function ConnectedApps({ apps, removeApp }: Props) {
  return (
    <section aria-labelledby="connected-apps" className="space-y-3">
      <h2 id="connected-apps" className="text-lg font-semibold">
        {t("apps.title")}
      </h2>
      {apps.length === 0 ? (
        <p className="text-sm text-text-muted">{t("apps.none")}</p>
      ) : (
        <ul className="space-y-3">
          {apps.map((app) => {
            const headingId = `app-${app.clientId}`;
            return (
              <li key={app.clientId} className="space-y-2 rounded-lg border border-border p-4" data-testid="connected-app">
                <div className="flex items-center gap-3">
                  <AppLogo client={{ logo_uri: app.logoUri }} />
                  <h3 id={headingId} className="font-semibold">
                    {appName({ client_name: app.name })}
                  </h3>
                </div>
                <ul className="list-disc ps-5 text-sm">
                  {app.scopes.map((scope) => (
                    <li key={scope}>{scopeText(scope)}</li>
                  ))}
                </ul>
                {app.since && (
                  <p className="text-sm text-text-muted">
                    {t("apps.since")} <time dateTime={app.since}>{formatTime(app.since)}</time>
                  </p>
                )}
                <form action={removeApp}>
                  <input type="hidden" name="client_id" value={app.clientId} />
                  <Button type="submit" variant="secondary" aria-describedby={headingId}>
                    {t("apps.remove")}
                  </Button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
