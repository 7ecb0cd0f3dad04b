import { asRecord } from "@/lib/records";
import { isInputNode, isTextNode, type InputNode } from "./nodes";
import type { UiNode, UiNodeGroup } from "../types";

/** The methods whose set-up state the settings nodes reveal, in the order people see them. */
export const SET_UP_GROUPS = ["totp", "lookup_secret", "webauthn", "passkey", "oidc"] as const satisfies readonly UiNodeGroup[];
export type SetUpGroup = (typeof SET_UP_GROUPS)[number];

export function isSetUpGroup(group: UiNodeGroup): group is SetUpGroup {
  return (SET_UP_GROUPS as readonly UiNodeGroup[]).includes(group);
}

/** Whether a method is set up, and for keys and linked accounts, which ones. */
export type MethodStatus = { group: SetUpGroup; configured: boolean; items: string[] };

/** Buttons Kratos shows once per registered key or linked account. */
const PER_ITEM_BUTTON: Partial<Record<SetUpGroup, string>> = { webauthn: "webauthn_remove", passkey: "passkey_remove", oidc: "unlink" };

/**
 * Reads the set-up state of one method from a settings flow's nodes: Kratos has no
 * API for a person's own credentials (whoami leaves them out), but it offers
 * "unlink", "remove" and "disable" only for what exists. Undefined when the nodes
 * do not say, e.g. while new recovery codes wait to be confirmed.
 */
export function methodStatus(group: SetUpGroup, nodes: readonly UiNode[]): MethodStatus | undefined {
  const own = nodes.filter((node) => node.group === group);
  const has = (name: string) => own.some((node) => isInputNode(node) && node.attributes.name === name);
  const perItem = PER_ITEM_BUTTON[group];
  if (perItem) {
    const items = own.filter(isInputNode).flatMap((node) => (node.attributes.name === perItem ? [itemName(node)] : []));
    return own.length > 0 ? { group, configured: items.length > 0, items } : undefined;
  }
  if (group === "totp") {
    if (has("totp_unlink")) return { group, configured: true, items: [] };
    return has("totp_code") ? { group, configured: false, items: [] } : undefined;
  }
  if (has("lookup_secret_disable") || has("lookup_secret_reveal")) return { group, configured: true, items: [] };
  const awaitingConfirmation = has("lookup_secret_confirm") || own.some(isTextNode);
  return has("lookup_secret_regenerate") && !awaitingConfirmation ? { group, configured: false, items: [] } : undefined;
}

/** The status of every method the flow offers. */
export function methodStatuses(nodes: readonly UiNode[]): MethodStatus[] {
  return SET_UP_GROUPS.flatMap((group) => methodStatus(group, nodes) ?? []);
}

/** A key's name or a provider's, as Kratos puts it into the button's label context. */
function itemName(node: InputNode): string {
  const named = asRecord(node.meta.label?.context);
  for (const key of ["display_name", "provider"]) {
    const value = named[key];
    if (typeof value === "string" && value) return value;
  }
  return typeof node.attributes.value === "string" ? node.attributes.value : "";
}
