import type {
  UiNode,
  UiNodeAnchorAttributes,
  UiNodeGroup,
  UiNodeImageAttributes,
  UiNodeInputAttributes,
  UiNodeScriptAttributes,
  UiNodeTextAttributes,
} from "./types";

export type InputNode = UiNode & { attributes: UiNodeInputAttributes };
export type TextNode = UiNode & { attributes: UiNodeTextAttributes };
export type ImageNode = UiNode & { attributes: UiNodeImageAttributes };
export type AnchorNode = UiNode & { attributes: UiNodeAnchorAttributes };
export type ScriptNode = UiNode & { attributes: UiNodeScriptAttributes };

export const isInputNode = (node: UiNode): node is InputNode => node.attributes.node_type === "input";
export const isTextNode = (node: UiNode): node is TextNode => node.attributes.node_type === "text";
export const isImageNode = (node: UiNode): node is ImageNode => node.attributes.node_type === "img";
export const isAnchorNode = (node: UiNode): node is AnchorNode => node.attributes.node_type === "a";
export const isScriptNode = (node: UiNode): node is ScriptNode => node.attributes.node_type === "script";

export const isHiddenInput = (node: UiNode): boolean => isInputNode(node) && node.attributes.type === "hidden";
export const isSubmitInput = (node: UiNode): node is InputNode =>
  isInputNode(node) && (node.attributes.type === "submit" || node.attributes.type === "button");

/** The order method groups appear in: typed credentials first, social sign-in last. */
const GROUP_ORDER: readonly UiNodeGroup[] = [
  "identifier_first",
  "profile",
  "password",
  "code",
  "link",
  "totp",
  "lookup_secret",
  "webauthn",
  "passkey",
  "oidc",
];

/** Groups whose forms only need the hidden default nodes (csrf_token), not typed-in fields. */
const GROUPS_WITHOUT_DEFAULT_FIELDS: ReadonlySet<UiNodeGroup> = new Set(["oidc", "passkey"]);

/**
 * One HTML form: a method group plus the default-group nodes it needs. A
 * "navigation" form only moves between screens (profile-first registration's
 * "Back"); it is not an alternative way to sign in.
 */
export type NodeForm = { group: UiNodeGroup; nodes: UiNode[]; role: "method" | "navigation" };

/** Buttons that switch screens inside a flow rather than submit a credential. */
export const isNavigationButton = (node: UiNode): boolean => isSubmitInput(node) && node.attributes.name === "screen";

/**
 * Splits a flow's nodes into one form per method group. Every form carries the
 * default group's hidden inputs (csrf_token), and its visible ones unless the
 * method never uses them. Within a form, Kratos's own node order is kept.
 */
export function formsFor(nodes: readonly UiNode[]): NodeForm[] {
  const defaults = nodes.filter((node) => node.group === "default");
  const groups = [...new Set(nodes.map((node) => node.group))]
    .filter((group) => group !== "default")
    .sort((a, b) => rank(a) - rank(b));
  if (groups.length === 0) {
    return defaults.some((node) => !isHiddenInput(node)) ? [{ group: "default", nodes: defaults, role: "method" }] : [];
  }
  const forms = groups.map((group): NodeForm => {
    const own = nodes.filter((node) => node.group === group);
    return {
      group,
      nodes: [...(GROUPS_WITHOUT_DEFAULT_FIELDS.has(group) ? defaults.filter(isHiddenInput) : defaults), ...own],
      role: own.every((node) => isNavigationButton(node) || isHiddenInput(node)) ? "navigation" : "method",
    };
  });
  // Navigation ("Back") comes after every way forward; the sort is stable.
  return forms.sort((a, b) => Number(a.role === "navigation") - Number(b.role === "navigation"));
}

function rank(group: UiNodeGroup): number {
  const index = GROUP_ORDER.indexOf(group);
  return index === -1 ? GROUP_ORDER.length : index;
}

/** Script nodes (webauthn.js) are page-level: they are rendered once, outside the forms. */
export function scriptNodes(nodes: readonly UiNode[]): ScriptNode[] {
  return nodes.filter(isScriptNode);
}

/** A DOM id for a node that is unique on the page even when a name repeats across forms. */
export function nodeDomId(node: InputNode): string {
  return `${node.group}-${node.attributes.name}`.replace(/[^A-Za-z0-9_-]/g, "-");
}

export function findInput(nodes: readonly UiNode[], name: string): InputNode | undefined {
  return nodes.find((node): node is InputNode => isInputNode(node) && node.attributes.name === name);
}
