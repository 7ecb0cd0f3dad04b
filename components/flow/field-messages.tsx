import type { UiText } from "@/lib/kratos/types";
import { ShownMessages } from "./field";
import { shownMessages } from "./field-props";

/** Kratos's messages under one field or button, in the page's language. */
export function FieldMessages({ fieldId, messages }: { fieldId: string; messages: readonly UiText[] }) {
  return <ShownMessages fieldId={fieldId} messages={shownMessages(messages)} />;
}
