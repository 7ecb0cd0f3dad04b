import { Button } from "@/components/ui/button";
import { nodeDomId, type InputNode } from "@/lib/kratos/nodes/nodes";
import type { TraitField } from "@/lib/kratos/nodes/trait-fields";
import { clickTriggerOf, loadTriggerOf } from "@/lib/kratos/nodes/webauthn-triggers";
import { Field } from "./field";
import { FieldMessages } from "./field-messages";
import { fieldPropsOf, inputLabel, stringValue } from "./field-props";
import { WebAuthnLoadTrigger } from "./webauthn-trigger";
import { WebAuthnTriggerButtonView } from "./webauthn-trigger-view";

type Props = { node: InputNode; primary?: boolean; field?: TraitField };

/** An input node: hidden field, button, or a labelled field (text, box or choice; see fieldPropsOf). */
export function InputNodeView({ node, primary = true, field }: Props) {
  const { attributes, messages } = node;

  if (attributes.type === "hidden") {
    const loadTrigger = loadTriggerOf(attributes);
    const input = <input type="hidden" name={attributes.name} value={stringValue(attributes.value)} />;
    if (!loadTrigger) return input;
    return (
      <>
        {input}
        <WebAuthnLoadTrigger trigger={loadTrigger} />
      </>
    );
  }

  if (attributes.type !== "submit" && attributes.type !== "button") {
    const props = fieldPropsOf(node, field);
    return props ? <Field {...props} /> : null;
  }

  const label = inputLabel(node);
  const trigger = attributes.type === "button" ? clickTriggerOf(attributes) : undefined;
  if (trigger) return <WebAuthnTriggerButtonView node={node} trigger={trigger} label={label} primary={primary} />;

  return (
    <div data-testid={`node/input/${attributes.name}`}>
      <Button
        type={attributes.type === "submit" ? "submit" : "button"}
        variant={primary ? "primary" : "secondary"}
        name={attributes.name}
        value={stringValue(attributes.value)}
        disabled={attributes.disabled}
        // A secondary action (resend the code, go back) must not be blocked by
        // fields only the main action needs, such as the required code input.
        formNoValidate={!primary && attributes.type === "submit" ? true : undefined}
      >
        {label}
      </Button>
      <FieldMessages fieldId={nodeDomId(node)} messages={messages} />
    </div>
  );
}
