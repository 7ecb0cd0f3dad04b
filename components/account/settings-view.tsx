import { FlowForm } from "@/components/flow/flow-form";
import { MessageList } from "@/components/flow/message-list";
import { ScriptNodeView } from "@/components/flow/script-node";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { formsFor, scriptNodes } from "@/lib/kratos/nodes";
import type { SettingsFlow } from "@/lib/kratos/types";

/** Settings: one section per method group, each its own form, with its own heading. */
export function SettingsView({ flow }: { flow: SettingsFlow }) {
  const forms = formsFor(flow.ui.nodes);
  return (
    <PageShell
      title={t("settings.title")}
      wide
      footer={
        <p>
          <TextLink href="/">{t("error.back")}</TextLink>
        </p>
      }
    >
      <div className="space-y-10">
        <MessageList messages={flow.ui.messages} />
        {forms.map((form) => (
          <section key={form.group} aria-labelledby={`settings-${form.group}`} className="space-y-4">
            <h2 id={`settings-${form.group}`} className="text-lg font-semibold">
              {t(`group.${form.group}`)}
            </h2>
            <FlowForm ui={flow.ui} form={form} testId={`settings-${form.group}`} />
          </section>
        ))}
        {scriptNodes(flow.ui.nodes).map((node) => (
          <ScriptNodeView key={node.attributes.id} node={node} />
        ))}
      </div>
    </PageShell>
  );
}
