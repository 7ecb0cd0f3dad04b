import { isAnchorNode, isImageNode, isInputNode, isTextNode } from "@/lib/kratos/nodes/nodes";
import { isProviderButton } from "@/lib/kratos/nodes/providers";
import type { TraitField } from "@/lib/kratos/nodes/trait-fields";
import type { UiNode } from "@/lib/kratos/types";
import { AnchorNodeView } from "./anchor-node";
import { ImageNodeView } from "./image-node";
import { InputNodeView } from "./input-node";
import { ProviderButtonView } from "./provider-button";
import { TextNodeView } from "./text-node";
import { warnUnknownOnce } from "./unknown-ui";

type Props = { node: UiNode; primary?: boolean; field?: TraitField };

/** Renders one node inside a form; a type this UI does not know renders nothing. Script nodes are rendered once per page, not here. */
export function NodeView({ node, primary, field }: Props) {
  if (isProviderButton(node)) return <ProviderButtonView node={node} primary={primary ?? true} />;
  if (isInputNode(node)) return <InputNodeView node={node} primary={primary} field={field} />;
  if (isTextNode(node)) return <TextNodeView node={node} />;
  if (isImageNode(node)) return <ImageNodeView node={node} />;
  if (isAnchorNode(node)) return <AnchorNodeView node={node} />;
  warnUnknownOnce("node type", String((node.attributes as { node_type?: unknown }).node_type));
  return null;
}
