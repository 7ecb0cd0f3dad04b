import { Alert } from "@/components/ui/alert";
import { kratosText } from "@/lib/i18n/catalogue";
import type { UiText } from "@/lib/kratos/types";

/** Flow-level messages from Kratos, each with Kratos's conventional test hook. */
export function MessageList({ messages }: { messages: readonly UiText[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <div className="space-y-2">
      {messages.map((message) => (
        <Alert key={`${message.id}-${message.text}`} tone={message.type} data-testid={`ui/message/${message.id}`}>
          {kratosText(message)}
        </Alert>
      ))}
    </div>
  );
}
