import { SettingsSection } from "@/components/account/settings-section";
import { FlowMessages } from "@/components/flow/message-list";
import { ScriptNodeView } from "@/components/flow/script-node";
import { noteUnknownGroups } from "@/components/flow/unknown-ui";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { formsFor, scriptNodes } from "@/lib/kratos/nodes/nodes";
import type { TraitFields } from "@/lib/kratos/nodes/trait-fields";
import { logoutLink } from "@/lib/kratos/urls";
import type { SettingsFlow } from "@/lib/kratos/types";
import { appPath } from "@/lib/http/app-path";
import type { DeletionMode } from "@/lib/account/deletion";
import { buttonClasses } from "@/components/ui/button";

/** `deletion`: how "leave" works here (ACCOUNT_DELETION), when it is offered at all. */
type Props = { flow: SettingsFlow; traitFields: TraitFields; deletion?: DeletionMode };

/**
 * Settings: one section per method group, each its own form. Kratos 1.3 reports
 * a successful save as a flow-level message without saying which form was sent
 * (the flow's `active` stays empty), so flow messages sit at the top, which is
 * also where a reloaded page starts. Field errors appear under their fields.
 */
export function SettingsView({ flow, traitFields, deletion }: Props) {
  noteUnknownGroups(flow.ui.nodes);
  const forms = formsFor(flow.ui.nodes);
  return (
    <PageShell
      title={t("settings.title")}
      intro={t("settings.intro")}
      wide
      footer={
        <>
          <p>
            <TextLink href={appPath("/sessions")}>{t("settings.sessionsLink")}</TextLink>
          </p>
          <p>
            <TextLink href={appPath("/")}>{t("error.back")}</TextLink>
          </p>
          <p>
            <TextLink href={logoutLink(flow)} data-testid="logout">
              {t("settings.signOut")}
            </TextLink>
          </p>
        </>
      }
    >
      <div className="space-y-10">
        <FlowMessages ui={flow.ui} />
        {forms.map((form) => (
          <SettingsSection key={form.group} ui={flow.ui} form={form} traitFields={traitFields} />
        ))}
        {deletion && <DangerZone mode={deletion} />}
        {scriptNodes(flow.ui.nodes).map((node) => (
          <ScriptNodeView key={node.attributes.id} node={node} />
        ))}
      </div>
    </PageShell>
  );
}

/** The way out: a link to the page that deletes (or closes) the account after a typed confirmation. */
function DangerZone({ mode }: { mode: DeletionMode }) {
  return (
    <section aria-labelledby="settings-danger-zone" className="space-y-3 rounded-lg border border-danger/40 p-4">
      <h2 id="settings-danger-zone" className="text-lg font-semibold text-danger">
        {t("deletion.dangerZone")}
      </h2>
      <p className="text-sm text-text-muted">
        {t(mode === "delete" ? "deletion.dangerZoneAbout.delete" : "deletion.dangerZoneAbout.deactivate")}
      </p>
      <a href={appPath("/settings/delete")} className={buttonClasses("danger", { className: "sm:w-auto" })}>
        {t(mode === "delete" ? "deletion.link.delete" : "deletion.link.deactivate")}
      </a>
    </section>
  );
}
