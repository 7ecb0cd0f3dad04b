import { isHiddenInput, isInputNode, isSubmitInput, type InputNode } from "./nodes";
import type { UiNode } from "../types";

/** Names of the social sign-in buttons: sign in / sign up, and link / unlink in settings. */
const PROVIDER_BUTTON_NAMES: ReadonlySet<string> = new Set(["provider", "link", "unlink"]);

/** A button that starts (or links, or unlinks) social sign-in; its value is the provider's id from Kratos's config. */
export function isProviderButton(node: UiNode): node is InputNode {
  return node.group === "oidc" && isSubmitInput(node) && PROVIDER_BUTTON_NAMES.has(node.attributes.name);
}

export function providerIdOf(node: InputNode): string {
  return typeof node.attributes.value === "string" ? node.attributes.value : "";
}

/** A form that only offers providers to choose from (no fields to fill in), shown as a list of equal buttons. */
export function isProviderList(nodes: readonly UiNode[]): boolean {
  return nodes.some(isProviderButton) && nodes.every((node) => isHiddenInput(node) || isProviderButton(node));
}

/** After a social sign-up the provider did not fully answer, Kratos asks for the missing traits in the oidc group. */
export function asksForMissingTraits(nodes: readonly UiNode[]): boolean {
  return nodes.some((node) => node.group === "oidc" && isInputNode(node) && !isHiddenInput(node) && !isProviderButton(node));
}
