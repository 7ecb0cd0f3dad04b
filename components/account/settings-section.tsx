import { FlowForm } from "@/components/flow/flow-form";
import { groupLabel } from "@/components/flow/unknown-ui";
import { methodStatusText } from "@/lib/account/method-status-text";
import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { isSetUpGroup, methodStatus } from "@/lib/kratos/nodes/method-status";
import type { NodeForm } from "@/lib/kratos/nodes/nodes";
import type { TraitFields } from "@/lib/kratos/nodes/trait-fields";
import type { UiContainer, UiNodeGroup } from "@/lib/kratos/types";

const ABOUT: Partial<Record<UiNodeGroup, UiMessageKey>> = {
  profile: "settings.about.profile",
  password: "settings.about.password",
  oidc: "settings.about.oidc",
  code: "settings.about.code",
  link: "settings.about.link",
  totp: "settings.about.totp",
  lookup_secret: "settings.about.lookup_secret",
  webauthn: "settings.about.webauthn",
  passkey: "settings.about.passkey",
};

type Props = { ui: UiContainer; form: NodeForm; traitFields: TraitFields };

/** One settings method group: its heading, what it is for, and its own form. */
export function SettingsSection({ ui, form, traitFields }: Props) {
  const headingId = `settings-${form.group}`;
  const about = ABOUT[form.group];
  const status = isSetUpGroup(form.group) ? methodStatus(form.group, form.nodes) : undefined;
  return (
    <section aria-labelledby={headingId} aria-describedby={about && `${headingId}-about`} className="space-y-4">
      <div className="space-y-1">
        <h2 id={headingId} className="text-lg font-semibold">
          {groupLabel(form.group)}
        </h2>
        {about && (
          <p id={`${headingId}-about`} className="text-sm text-text-muted">
            {t(about)}
          </p>
        )}
        {status && (
          <p className="text-sm font-medium" data-testid={`settings-${form.group}-status`}>
            {methodStatusText(status)}
          </p>
        )}
      </div>
      <FlowForm ui={ui} form={form} testId={`settings-${form.group}`} traitFields={form.group === "profile" ? traitFields : undefined} />
    </section>
  );
}
