import type {
  UiNode,
  UiNodeAnchorAttributes,
  UiNodeGroup,
  UiNodeImageAttributes,
  UiNodeInputAttributes,
  UiNodeScriptAttributes,
  UiNodeTextAttributes,
} from "../types";

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
const GROUPS_WITHOUT_DEFAULT_FIELDS: ReadonlySet<UiNodeGroup> = new Set(["oidc"]);

/**
 * One HTML form: one or more method groups plus the default-group nodes they
 * need. A "navigation" form only moves between screens (profile-first
 * registration's "Back"); it is not an alternative way to sign in.
 */
export type NodeForm = { group: UiNodeGroup; nodes: UiNode[]; role: "method" | "navigation" };

/** Buttons that switch screens inside a flow rather than submit a credential. */
export const isNavigationButton = (node: UiNode): boolean => isSubmitInput(node) && node.attributes.name === "screen";

/** "Resend code": a secondary action of the code step, never the one Enter should trigger. */
export const isResendButton = (node: UiNode): boolean => isSubmitInput(node) && node.attributes.name === "resend";

/**
 * Nodes every form of the flow must send. Besides the default group (csrf_token,
 * the identifier or traits), identifier-first sign-in keeps the identifier in its
 * own group once it has been entered: a hidden field with no button of its own,
 * which every method on the next screen needs.
 */
function carriedNodes(nodes: readonly UiNode[]): UiNode[] {
  const identifierFirst = nodes.filter((node) => node.group === "identifier_first");
  const carriesIdentifier = identifierFirst.length > 0 && identifierFirst.every(isHiddenInput);
  return nodes.filter((node) => node.group === "default" || (carriesIdentifier && node.group === "identifier_first"));
}

/**
 * Splits a flow's nodes into HTML forms. Every form carries the default group's
 * hidden inputs (csrf_token). When the default group holds fields the person
 * types (the identifier, or traits at sign-up) and several methods use them,
 * those methods share one form, so the fields appear once and every method's
 * button sends them; otherwise each method group is its own form. Social
 * sign-in never needs typed fields and stays separate. A group with nothing to
 * show (passkey autofill's hidden fields) joins the first form, where
 * webauthn.js finds it next to the identifier. Kratos's node order is kept
 * within each group, except that "Resend code" goes after the main button.
 */
export function formsFor(nodes: readonly UiNode[]): NodeForm[] {
  const defaults = carriedNodes(nodes);
  const groups = [...new Set(nodes.filter((node) => !defaults.includes(node)).map((node) => node.group))].sort((a, b) => rank(a) - rank(b));
  const own = (group: UiNodeGroup) => withResendLast(nodes.filter((node) => node.group === group && !isScriptNode(node)));
  const hiddenOnly = groups.filter((group) => own(group).length > 0 && own(group).every(isHiddenInput));
  const shown = groups.filter((group) => !hiddenOnly.includes(group));
  if (shown.length === 0) {
    if (!defaults.some((node) => !isHiddenInput(node))) return [];
    return [{ group: "default", nodes: [...defaults, ...hiddenOnly.flatMap(own)], role: "method" }];
  }
  const usesDefaultFields = shown.filter((group) => !GROUPS_WITHOUT_DEFAULT_FIELDS.has(group) && own(group).length > 0);
  const sharesFields = defaults.some((node) => isInputNode(node) && !isHiddenInput(node)) && usesDefaultFields.length > 1;

  const forms: NodeForm[] = [];
  if (sharesFields) {
    forms.push({ group: usesDefaultFields[0]!, nodes: [...defaults, ...usesDefaultFields.flatMap(own)], role: "method" });
  }
  for (const group of shown) {
    if (sharesFields && usesDefaultFields.includes(group)) continue;
    const groupNodes = own(group);
    if (groupNodes.length === 0) continue;
    forms.push({
      group,
      nodes: [...(GROUPS_WITHOUT_DEFAULT_FIELDS.has(group) ? defaults.filter(isHiddenInput) : defaults), ...groupNodes],
      role: groupNodes.every((node) => isNavigationButton(node) || isHiddenInput(node)) ? "navigation" : "method",
    });
  }
  const first = forms.find((form) => form.role === "method" && !GROUPS_WITHOUT_DEFAULT_FIELDS.has(form.group));
  if (first) first.nodes.push(...hiddenOnly.flatMap(own));
  // Navigation ("Back") comes after every way forward; the sort is stable.
  return forms.sort((a, b) => Number(a.role === "navigation") - Number(b.role === "navigation"));
}

/** Moves "Resend code" after the group's other nodes (Kratos puts it first after a wrong code). */
function withResendLast(nodes: UiNode[]): UiNode[] {
  return [...nodes.filter((node) => !isResendButton(node)), ...nodes.filter(isResendButton)];
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

/**
 * The account a flow is about when Kratos keeps it only as a hidden field:
 * after the identifier-first screen, once a code was sent, or while confirming
 * it's you. The person cannot see it otherwise.
 */
export function hiddenIdentifier(nodes: readonly UiNode[]): string | undefined {
  const node = findInput(nodes, "identifier");
  const value = node && isHiddenInput(node) ? node.attributes.value : undefined;
  return typeof value === "string" && value ? value : undefined;
}
