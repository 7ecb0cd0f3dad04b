import { isAnchorNode, isImageNode, isInputNode, isTextNode } from "@/lib/kratos/nodes";
import type { UiNode } from "@/lib/kratos/types";
import { AnchorNodeView } from "./anchor-node";
import { ImageNodeView } from "./image-node";
import { InputNodeView } from "./input-node";
import { TextNodeView } from "./text-node";

/** Renders one node inside a form. Script nodes are rendered once per page, not here. */
export function NodeView({ node, primary }: { node: UiNode; primary?: boolean }) {
  if (isInputNode(node)) return <InputNodeView node={node} primary={primary} />;
  if (isTextNode(node)) return <TextNodeView node={node} />;
  if (isImageNode(node)) return <ImageNodeView node={node} />;
  if (isAnchorNode(node)) return <AnchorNodeView node={node} />;
  return null;
}
