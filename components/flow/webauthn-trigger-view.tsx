import { t } from "@/lib/i18n/catalogue";
import { nodeDomId, type InputNode } from "@/lib/kratos/nodes/nodes";
import { loadTriggerOf, type WebAuthnTrigger } from "@/lib/kratos/nodes/webauthn-triggers";
import { FieldMessages } from "./field-messages";
import { WebAuthnTriggerButton } from "./webauthn-trigger";

type Props = { node: InputNode; trigger: WebAuthnTrigger; label: string; primary: boolean };

/**
 * A passkey or security key button. WebAuthn is a browser API, so without
 * JavaScript the button cannot work: the HTML carries it hidden, the client shows
 * it, and a <noscript> note says why it is missing.
 */
export function WebAuthnTriggerButtonView({ node, trigger, label, primary }: Props) {
  const { attributes, messages } = node;
  return (
    <div data-testid={`node/input/${attributes.name}`}>
      <WebAuthnTriggerButton
        name={attributes.name}
        value={typeof attributes.value === "string" ? attributes.value : undefined}
        label={label}
        disabled={attributes.disabled}
        variant={primary ? "primary" : "secondary"}
        trigger={trigger}
        loadTrigger={loadTriggerOf(attributes)}
      />
      <noscript>
        <p className="text-sm text-text-muted">{t("webauthn.needsJavaScript")}</p>
      </noscript>
      <FieldMessages fieldId={nodeDomId(node)} messages={messages} />
    </div>
  );
}
