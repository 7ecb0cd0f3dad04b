import { PageShell } from "@/components/page/page-shell";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { SessionsNotice } from "@/lib/account/sessions-notice";
import { t } from "@/lib/i18n/catalogue";
import type { Session } from "@/lib/kratos/types";
import { SessionItem } from "./session-item";
import { appPath } from "@/lib/http/app-path";

export type SessionActions = {
  signOutSession: (formData: FormData) => Promise<void>;
  signOutOtherSessions: () => Promise<void>;
};

type Props = { current: Session; others: readonly Session[]; notice?: SessionsNotice; actions: SessionActions };

/** Where the person is signed in, with a way to end every session but this one. */
export function SessionsView({ current, others, notice, actions }: Props) {
  return (
    <PageShell
      title={t("sessions.title")}
      intro={t("sessions.intro")}
      wide
      footer={
        <>
          <p>
            <TextLink href={appPath("/settings")}>{t("sessions.settingsLink")}</TextLink>
          </p>
          <p>
            <TextLink href={appPath("/")}>{t("error.back")}</TextLink>
          </p>
        </>
      }
    >
      <div className="space-y-8">
        {notice && (
          <Alert tone={notice.tone} data-testid="sessions-notice">
            {t(notice.key)}
          </Alert>
        )}
        <section aria-labelledby="sessions-current" className="space-y-3">
          <h2 id="sessions-current" className="text-lg font-semibold">
            {t("sessions.current")}
          </h2>
          <ul>
            <SessionItem session={current} headingId={`session-${current.id}`} />
          </ul>
        </section>
        <section aria-labelledby="sessions-others" className="space-y-3">
          <h2 id="sessions-others" className="text-lg font-semibold">
            {t("sessions.others")}
          </h2>
          {others.length === 0 ? (
            <p className="text-sm text-text-muted">{t("sessions.noOthers")}</p>
          ) : (
            <>
              <ul className="space-y-3">
                {others.map((session) => (
                  <SessionItem key={session.id} session={session} headingId={`session-${session.id}`}>
                    <form action={actions.signOutSession}>
                      <input type="hidden" name="session_id" value={session.id} />
                      <Button type="submit" variant="secondary" aria-describedby={`session-${session.id}`}>
                        {t("sessions.signOut")}
                      </Button>
                    </form>
                  </SessionItem>
                ))}
              </ul>
              <form action={actions.signOutOtherSessions}>
                <Button type="submit" variant="danger">
                  {t("sessions.signOutOthers")}
                </Button>
              </form>
            </>
          )}
        </section>
      </div>
    </PageShell>
  );
}
