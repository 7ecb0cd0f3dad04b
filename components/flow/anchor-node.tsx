import { buttonClasses } from "@/components/ui/button";
import { kratosText } from "@/lib/i18n/catalogue";
import type { AnchorNode } from "@/lib/kratos/nodes/nodes";

/** Anchor nodes are next steps (e.g. "Continue" after verification), so they look like buttons. */
export function AnchorNodeView({ node }: { node: AnchorNode }) {
  const { id, href, title } = node.attributes;
  return (
    <a href={href} className={buttonClasses("primary")} data-testid={`node/anchor/${id}`}>
      {kratosText(title)}
    </a>
  );
}
