import { formsFor, scriptNodes } from "@/lib/kratos/nodes/nodes";
import type { UiContainer } from "@/lib/kratos/types";
import { FlowForm } from "./flow-form";
import { FlowMessages } from "./message-list";
import { OrDivider } from "./or-divider";
import { ScriptNodeView } from "./script-node";
import { noteUnknownGroups } from "./unknown-ui";

/** A flow's messages and forms, with "or" between alternative methods. */
export function FlowForms({ ui, formTestId }: { ui: UiContainer; formTestId?: (group: string) => string }) {
  noteUnknownGroups(ui.nodes);
  const forms = formsFor(ui.nodes);
  return (
    <div className="space-y-6">
      <FlowMessages ui={ui} />
      {forms.flatMap((form, index) => {
        const view = <FlowForm key={form.group} ui={ui} form={form} testId={formTestId?.(form.group)} />;
        return index > 0 && form.role === "method" ? [<OrDivider key={`or-${form.group}`} />, view] : [view];
      })}
      {scriptNodes(ui.nodes).map((node) => (
        <ScriptNodeView key={node.attributes.id} node={node} />
      ))}
    </div>
  );
}
