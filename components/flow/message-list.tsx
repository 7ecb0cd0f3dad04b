import { Alert } from "@/components/ui/alert";
import { kratosText } from "@/lib/i18n/catalogue";
import type { UiContainer, UiNode, UiText } from "@/lib/kratos/types";

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

/**
 * The flow's messages, followed by those Kratos attaches to hidden fields (a
 * missing identifier on the code step, a bad csrf_token): no field shows them,
 * and without them a stale or edited form would seem to do nothing. A hidden
 * field repeated in several forms counts once.
 */
export function FlowMessages({ ui }: { ui: UiContainer }) {
  return <MessageList messages={distinct([...(ui.messages ?? []), ...hiddenNodeMessages(ui.nodes)])} />;
}

function hiddenNodeMessages(nodes: readonly UiNode[]): UiText[] {
  return nodes
    .filter((node) => node.attributes.node_type === "input" && node.attributes.type === "hidden")
    .flatMap((node) => node.messages);
}

function distinct(messages: readonly UiText[]): UiText[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    const key = `${message.id}-${message.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
