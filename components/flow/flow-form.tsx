import { isHiddenInput, isInputNode, isNavigationButton, isResendButton, isSubmitInput, type NodeForm } from "@/lib/kratos/nodes/nodes";
import { isProviderList } from "@/lib/kratos/nodes/providers";
import { inSchemaOrder, type TraitFields } from "@/lib/kratos/nodes/trait-fields";
import type { UiContainer, UiNode } from "@/lib/kratos/types";
import { NodeView } from "./node-view";
import { OrDivider } from "./or-divider";
import { ProviderList } from "./provider-button";
import { groupLabel } from "./unknown-ui";

type Props = { ui: UiContainer; form: NodeForm; testId?: string; traitFields?: TraitFields };

/** One method group as a native HTML form that posts straight to Kratos. */
export function FlowForm({ ui, form, testId, traitFields }: Props) {
  const nodes = traitFields ? inSchemaOrder(form.nodes, traitFields.order) : form.nodes;
  let submitsSeen = 0;
  return (
    <form
      action={ui.action}
      method={ui.method}
      aria-label={groupLabel(form.group)}
      data-testid={testId}
      data-group={form.group}
      className="space-y-4"
    >
      {isProviderList(nodes) ? (
        <ProviderList nodes={nodes} />
      ) : (
        nodes.flatMap((node, index) => {
          // The first button of a form is its main action; the rest (resend, back, other methods) are secondary.
          const primary = isSubmitInput(node) ? !isNavigationButton(node) && !isResendButton(node) && submitsSeen++ === 0 : true;
          const field = isInputNode(node) ? traitFields?.byName[node.attributes.name] : undefined;
          const view = <NodeView key={`${node.group}-${index}`} node={node} primary={primary} field={field} />;
          // A flat list, without a wrapper per node: every element costs server time on each page.
          return startsAnotherMethod(nodes, index) ? [<OrDivider key={`or-${index}`} />, view] : [view];
        })
      )}
    </form>
  );
}

/** In a form shared by several methods, the first visible node of each further method starts a new section. */
function startsAnotherMethod(nodes: readonly UiNode[], index: number): boolean {
  const node = nodes[index]!;
  if (node.group === "default" || isHiddenInput(node)) return false;
  const earlier = nodes.slice(0, index).filter((candidate) => candidate.group !== "default" && !isHiddenInput(candidate));
  return earlier.length > 0 && earlier.at(-1)!.group !== node.group;
}
