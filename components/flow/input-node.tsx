import { Button } from "@/components/ui/button";
import { Checkbox, Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { kratosText } from "@/lib/i18n/catalogue";
import { nodeDomId, type InputNode } from "@/lib/kratos/nodes/nodes";
import { clickTriggerOf, loadTriggerOf } from "@/lib/kratos/nodes/webauthn-triggers";
import { describedBy, FieldMessages } from "./field-messages";
import { WebAuthnLoadTrigger } from "./webauthn-trigger";
import { WebAuthnTriggerButtonView } from "./webauthn-trigger-view";

type Props = { node: InputNode; primary?: boolean; step?: "any" };

/** An input node: hidden field, button, checkbox or labelled text field. */
export function InputNodeView({ node, primary = true, step }: Props) {
  const { attributes, messages } = node;
  const id = nodeDomId(node);
  const label = node.meta.label ? kratosText(node.meta.label) : attributes.name;

  if (attributes.type === "hidden") {
    const loadTrigger = loadTriggerOf(attributes);
    return (
      <>
        <input type="hidden" name={attributes.name} value={stringValue(attributes.value)} />
        {loadTrigger && <WebAuthnLoadTrigger trigger={loadTrigger} />}
      </>
    );
  }

  const trigger = attributes.type === "button" ? clickTriggerOf(attributes) : undefined;
  if (trigger) return <WebAuthnTriggerButtonView node={node} trigger={trigger} label={label} primary={primary} />;

  if (attributes.type === "submit" || attributes.type === "button") {
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
        <FieldMessages fieldId={id} messages={messages} />
      </div>
    );
  }

  if (attributes.type === "checkbox") {
    return (
      <div data-testid={`node/input/${attributes.name}`}>
        {/* An unticked box sends nothing, and Kratos would drop the trait. Kratos keeps
            the last value of a repeated boolean field, so this records an explicit false. */}
        {!attributes.disabled && <input type="hidden" name={attributes.name} value="false" />}
        <div className="flex items-start gap-3">
          <Checkbox
            id={id}
            name={attributes.name}
            value="true"
            defaultChecked={attributes.value === true || attributes.value === "true"}
            required={attributes.required}
            disabled={attributes.disabled}
            {...describedBy(id, messages)}
          />
          <Label htmlFor={id} className="font-normal">
            {label}
          </Label>
        </div>
        <FieldMessages fieldId={id} messages={messages} />
      </div>
    );
  }

  return (
    <div data-testid={`node/input/${attributes.name}`} className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={attributes.name}
        type={attributes.type}
        defaultValue={attributes.type === "password" ? undefined : stringValue(attributes.value)}
        required={attributes.required}
        disabled={attributes.disabled}
        autoComplete={attributes.autocomplete}
        pattern={attributes.pattern}
        // Kratos marks one-time codes as digits only; phones then offer their number pad.
        inputMode={attributes.pattern === "[0-9]+" ? "numeric" : undefined}
        maxLength={attributes.maxlength}
        step={attributes.type === "number" ? step : undefined}
        {...describedBy(id, messages)}
      />
      <FieldMessages fieldId={id} messages={messages} />
    </div>
  );
}

function stringValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : String(value);
}
