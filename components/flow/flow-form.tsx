import { t } from "@/lib/i18n/catalogue";
import { isInputNode, isNavigationButton, isSubmitInput, type NodeForm } from "@/lib/kratos/nodes";
import { inSchemaOrder, type TraitFields } from "@/lib/kratos/trait-fields";
import type { UiContainer } from "@/lib/kratos/types";
import { NodeView } from "./node-view";

type Props = { ui: UiContainer; form: NodeForm; testId?: string; traitFields?: TraitFields };

/** One method group as a native HTML form that posts straight to Kratos. */
export function FlowForm({ ui, form, testId, traitFields }: Props) {
  const nodes = traitFields ? inSchemaOrder(form.nodes, traitFields.order) : form.nodes;
  let submitsSeen = 0;
  return (
    <form
      action={ui.action}
      method={ui.method}
      aria-label={t(`group.${form.group}`)}
      data-testid={testId}
      data-group={form.group}
      className="space-y-4"
    >
      {nodes.map((node, index) => {
        // The first button of a form is its main action; the rest (resend, back) are secondary.
        const primary = isSubmitInput(node) ? !isNavigationButton(node) && submitsSeen++ === 0 : true;
        const field = isInputNode(node) ? traitFields?.byName[node.attributes.name] : undefined;
        return <NodeView key={`${node.group}-${index}`} node={node} primary={primary} field={field} />;
      })}
    </form>
  );
}
