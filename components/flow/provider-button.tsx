import { Button } from "@/components/ui/button";
import { kratosText } from "@/lib/i18n/catalogue";
import { isInputNode, nodeDomId, type InputNode } from "@/lib/kratos/nodes/nodes";
import { isProviderButton, providerIdOf } from "@/lib/kratos/nodes/providers";
import type { UiNode } from "@/lib/kratos/types";
import { FieldMessages } from "./field-messages";
import { InputNodeView } from "./input-node";
import { ProviderIcon } from "./provider-icon";

/** A social sign-in button: the provider's mark and Kratos's label ("Sign in with …", "Link …"), which is its name. */
export function ProviderButtonView({ node, primary }: { node: InputNode; primary: boolean }) {
  const providerId = providerIdOf(node);
  const label = node.meta.label ? kratosText(node.meta.label) : providerId;
  // Several providers share the node name, so the provider keeps message ids unique.
  const id = `${nodeDomId(node)}-${providerId}`.replace(/[^A-Za-z0-9_-]/g, "-");
  return (
    <div data-testid={`node/input/${node.attributes.name}`}>
      <Button
        type="submit"
        variant={primary ? "primary" : "secondary"}
        name={node.attributes.name}
        value={providerId}
        disabled={node.attributes.disabled}
        data-provider={providerId}
      >
        <ProviderIcon providerId={providerId} />
        <span>{label}</span>
      </Button>
      <FieldMessages fieldId={id} messages={node.messages} />
    </div>
  );
}

/** A form that only offers providers: its hidden fields, then one equal button per provider. */
export function ProviderList({ nodes }: { nodes: readonly UiNode[] }) {
  return (
    <>
      {nodes.filter(isHiddenField).map((node, index) => (
        <InputNodeView key={`hidden-${index}`} node={node} />
      ))}
      {/* An explicit role: Safari drops list semantics from lists without bullets. */}
      <ul role="list" className="space-y-2">
        {nodes.filter(isProviderButton).map((node) => (
          <li key={`${node.attributes.name}-${providerIdOf(node)}`}>
            <ProviderButtonView node={node} primary={false} />
          </li>
        ))}
      </ul>
    </>
  );
}

const isHiddenField = (node: UiNode): node is InputNode => isInputNode(node) && node.attributes.type === "hidden";
