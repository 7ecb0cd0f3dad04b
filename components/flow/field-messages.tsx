import { cn } from "@/lib/cn";
import { kratosText } from "@/lib/i18n/catalogue";
import type { UiText } from "@/lib/kratos/types";

const toneClass: Record<UiText["type"], string> = {
  error: "text-danger",
  info: "text-text-muted",
  success: "text-success",
};

export function fieldMessageId(fieldId: string, index: number): string {
  return `${fieldId}-message-${index}`;
}

/** Messages under one field; their ids are what the field's aria-describedby points at. */
export function FieldMessages({ fieldId, messages }: { fieldId: string; messages: readonly UiText[] }) {
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
          {kratosText(message)}
        </p>
      ))}
    </div>
  );
}

/** aria attributes that tie a field to its messages. */
export function describedBy(fieldId: string, messages: readonly UiText[]) {
  return {
    "aria-invalid": messages.some((message) => message.type === "error") || undefined,
    "aria-describedby": messages.length ? messages.map((_, index) => fieldMessageId(fieldId, index)).join(" ") : undefined,
  };
}
