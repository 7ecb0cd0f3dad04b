import { SettingsSection } from "@/components/account/settings-section";
import { MessageList } from "@/components/flow/message-list";
import { ScriptNodeView } from "@/components/flow/script-node";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { formsFor, scriptNodes } from "@/lib/kratos/nodes";
import type { TraitFields } from "@/lib/kratos/trait-fields";
import type { SettingsFlow } from "@/lib/kratos/types";
import { appPath } from "@/lib/http/app-path";

type Props = { flow: SettingsFlow; traitFields: TraitFields };

/**
 * Settings: one section per method group, each its own form. Kratos 1.3 reports
 * a successful save as a flow-level message without saying which form was sent
 * (the flow's `active` stays empty), so flow messages sit at the top, which is
 * also where a reloaded page starts. Field errors appear under their fields.
 */
export function SettingsView({ flow, traitFields }: Props) {
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
        </>
      }
    >
      <div className="space-y-10">
        <MessageList messages={flow.ui.messages} />
        {forms.map((form) => (
          <SettingsSection key={form.group} ui={flow.ui} form={form} traitFields={traitFields} />
        ))}
        {scriptNodes(flow.ui.nodes).map((node) => (
          <ScriptNodeView key={node.attributes.id} node={node} />
        ))}
      </div>
    </PageShell>
  );
}
