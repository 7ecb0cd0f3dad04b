import { kratosText } from "@/lib/i18n/catalogue";
import type { TextNode } from "@/lib/kratos/nodes";
import type { UiText } from "@/lib/kratos/types";

/** Text nodes: a TOTP secret, or a list of recovery codes carried in the text's context. */
export function TextNodeView({ node }: { node: TextNode }) {
  const { id, text } = node.attributes;
  const secrets = secretsOf(text);
  return (
    <div className="space-y-1">
      {node.meta.label && (
        <p className="text-sm text-text-muted" data-testid={`node/text/${id}/label`}>
          {kratosText(node.meta.label)}
        </p>
      )}
      <div data-testid={`node/text/${id}/text`}>
        {secrets ? (
          <ul className="grid grid-cols-2 gap-2 font-mono text-sm">
            {secrets.map((secret, index) => (
              <li key={index}>
                <code>{kratosText(secret)}</code>
              </li>
            ))}
          </ul>
        ) : (
          <code className="break-all font-mono text-sm">{kratosText(text)}</code>
        )}
      </div>
    </div>
  );
}

function secretsOf(text: UiText): UiText[] | undefined {
  const context: Record<string, unknown> = text.context ?? {};
  const secrets = context.secrets;
  return Array.isArray(secrets) ? (secrets as UiText[]) : undefined;
}
