import { Checkbox, Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import type { UiText } from "@/lib/kratos/types";

/** A message under a field, already in the page's language. */
export type ShownMessage = { id: number; type: UiText["type"]; text: string };

type Common = {
  id: string;
  name: string;
  label: string;
  messages: readonly ShownMessage[];
  required?: boolean;
  disabled?: boolean;
};

/**
 * A labelled field with every text already in the page's language: plain data,
 * so the server can hand it to a client form (components/admin/trait-form.tsx)
 * without the catalogue following. components/flow/field-props.ts makes it from a node.
 */
export type FieldProps =
  | (Common & {
      kind: "text";
      type: string;
      value?: string;
      autoComplete?: string;
      pattern?: string;
      maxLength?: number;
      step?: "any";
    })
  | (Common & { kind: "checkbox"; checked: boolean })
  | (Common & {
      kind: "select";
      value: string;
      options: readonly { value: string; label: string; lang?: string }[];
      /** The choice of nothing: offered while nothing is chosen, or always when the field is optional. */
      empty?: string;
    });

const toneClass: Record<UiText["type"], string> = {
  error: "text-danger",
  info: "text-text-muted",
  success: "text-success",
};

export function fieldMessageId(fieldId: string, index: number): string {
  return `${fieldId}-message-${index}`;
}

/** aria attributes that tie a field to its messages. */
export function describedBy(fieldId: string, messages: readonly { type: UiText["type"] }[]) {
  return {
    "aria-invalid": messages.some((message) => message.type === "error") || undefined,
    "aria-describedby": messages.length ? messages.map((_, index) => fieldMessageId(fieldId, index)).join(" ") : undefined,
  };
}

/** Messages under one field; their ids are what the field's aria-describedby points at. */
export function ShownMessages({ fieldId, messages }: { fieldId: string; messages: readonly ShownMessage[] }) {
  if (!messages.length) return null;
  return (
    <div className="mt-1 space-y-1">
      {messages.map((message, index) => (
        <p
          key={fieldMessageId(fieldId, index)}
          id={fieldMessageId(fieldId, index)}
          className={cn("text-sm", toneClass[message.type])}
          data-testid={`ui/message/${message.id}`}
        >
          {message.text}
        </p>
      ))}
    </div>
  );
}

/** One labelled text field, box or choice, with its messages. */
export function Field(props: FieldProps) {
  const { id, name, label, messages, required, disabled } = props;
  const common = { id, name, required, disabled, ...describedBy(id, messages) };
  if (props.kind === "checkbox") {
    return (
      <div data-testid={`node/input/${name}`}>
        {/* An unticked box sends nothing, and Kratos would drop the trait. Kratos keeps
            the last value of a repeated boolean field, so this records an explicit false. */}
        {!disabled && <input type="hidden" name={name} value="false" />}
        <div className="flex items-start gap-3">
          <Checkbox {...common} value="true" defaultChecked={props.checked} />
          <Label htmlFor={id} className="font-normal">
            {label}
          </Label>
        </div>
        <ShownMessages fieldId={id} messages={messages} />
      </div>
    );
  }
  return (
    <div data-testid={`node/input/${name}`} className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {props.kind === "select" ? (
        <Select {...common} defaultValue={props.value}>
          {props.empty !== undefined && (
            <option value="" disabled={required}>
              {props.empty}
            </option>
          )}
          {props.options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          {...common}
          type={props.type}
          defaultValue={props.value}
          autoComplete={props.autoComplete}
          pattern={props.pattern}
          // Kratos marks one-time codes as digits only; phones then offer their number pad.
          inputMode={props.pattern === "[0-9]+" ? "numeric" : undefined}
          maxLength={props.maxLength}
          step={props.step}
        />
      )}
      <ShownMessages fieldId={id} messages={messages} />
    </div>
  );
}
