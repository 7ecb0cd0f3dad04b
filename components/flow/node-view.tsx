import { isAnchorNode, isImageNode, isInputNode, isTextNode, type InputNode } from "@/lib/kratos/nodes/nodes";
import { isProviderButton } from "@/lib/kratos/nodes/providers";
import { locales } from "@/lib/i18n/locale";
import { LOCALE_TRAIT, type TraitField } from "@/lib/kratos/nodes/trait-fields";
import type { UiNode } from "@/lib/kratos/types";
import { AnchorNodeView } from "./anchor-node";
import { ImageNodeView } from "./image-node";
import { InputNodeView } from "./input-node";
import { ProviderButtonView } from "./provider-button";
import { SelectNodeView } from "./select-node";
import { TextNodeView } from "./text-node";
import { warnUnknownOnce } from "./unknown-ui";

type Props = { node: UiNode; primary?: boolean; field?: TraitField };

/** Inputs a schema's list of allowed values can turn into a choice (not buttons, boxes or hidden fields). */
const CHOOSABLE = new Set(["text", "number", "email", "url", "tel"]);

/**
 * The allowed values of a trait input that becomes a choice. The language trait
 * is one wherever it appears (sign-up has no schema hints): this UI's languages.
 */
function choicesFor(node: InputNode, field: TraitField | undefined): readonly string[] | undefined {
  if (!CHOOSABLE.has(node.attributes.type)) return undefined;
  return node.attributes.name === LOCALE_TRAIT ? locales : field?.options;
}

/** Renders one node inside a form; a type this UI does not know renders nothing. Script nodes are rendered once per page, not here. */
export function NodeView({ node, primary, field }: Props) {
  if (isProviderButton(node)) return <ProviderButtonView node={node} primary={primary ?? true} />;
  if (isInputNode(node)) {
    const choices = choicesFor(node, field);
    if (choices) return <SelectNodeView node={node} options={choices} />;
    return <InputNodeView node={node} primary={primary} step={field?.step} />;
  }
  if (isTextNode(node)) return <TextNodeView node={node} />;
  if (isImageNode(node)) return <ImageNodeView node={node} />;
  if (isAnchorNode(node)) return <AnchorNodeView node={node} />;
  warnUnknownOnce("node type", String((node.attributes as { node_type?: unknown }).node_type));
  return null;
}
