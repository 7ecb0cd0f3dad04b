import { methodStatusText } from "@/lib/account/method-status-text";
import { t } from "@/lib/i18n/catalogue";
import type { MethodStatus, SetUpGroup } from "@/lib/kratos/nodes/method-status";

/** Methods that protect a password sign-in with a second step. */
const SECOND_STEPS: ReadonlySet<SetUpGroup> = new Set(["totp", "lookup_secret", "webauthn"]);

/** Which second steps, keys and linked accounts the person has set up, as their settings show them. */
export function MethodsSummary({ statuses }: { statuses: readonly MethodStatus[] }) {
  if (statuses.length === 0) return null;
  const protectedBySecondStep = statuses.some((status) => status.configured && SECOND_STEPS.has(status.group));
  return (
    <section aria-labelledby="home-methods" className="mt-8 space-y-3">
      <h2 id="home-methods" className="text-lg font-semibold">
        {t("home.methodsTitle")}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {statuses.flatMap((status) => [
          <dt key={`${status.group}-name`} className="font-medium text-text-muted">
            {t(`group.${status.group}`)}
          </dt>,
          <dd key={`${status.group}-status`} data-testid={`home-method-${status.group}`}>
            {methodStatusText(status)}
          </dd>,
        ])}
      </dl>
      {!protectedBySecondStep && <p className="text-sm text-text-muted">{t("home.methodsNone")}</p>}
    </section>
  );
}
