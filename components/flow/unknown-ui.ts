import { t } from "@/lib/i18n/catalogue";
import { en, type UiMessageKey } from "@/lib/i18n/locales/en";
import type { UiNode } from "@/lib/kratos/types";

type Unknown = "node type" | "group" | "script";

const warned = new Set<string>();

/**
 * A newer Kratos (or Ory Network, which runs the newest) can send node types and
 * groups this UI does not know. They are left out or shown plainly, and the
 * operator hears of each one once per process, not on every page view.
 */
export function warnUnknownOnce(kind: Unknown, name: string): void {
  const bounded = name.slice(0, 60);
  const key = `${kind}:${bounded}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(JSON.stringify({ level: "warn", msg: `Kratos sent a UI ${kind} this version does not know`, kind, name: bounded }));
}

const isKnownGroup = (group: string): boolean => Object.hasOwn(en.ui, `group.${group}`);

/**
 * A sign-in method's name for people ("Authenticator app" for totp), by its
 * Kratos group, which is also its credential type; undefined when we have no
 * words for it.
 */
export function methodName(group: string): string | undefined {
  return isKnownGroup(group) ? t(`group.${group}` as UiMessageKey) : undefined;
}

/** A method group's name for people; a group we have no words for is "Other options". */
export function groupLabel(group: string): string {
  return methodName(group) ?? t("group.other");
}

/** Reports the groups of a flow's nodes this UI does not know (their nodes are still shown, plainly). */
export function noteUnknownGroups(nodes: readonly UiNode[]): void {
  for (const group of new Set(nodes.map((node) => String(node.group)))) {
    if (!isKnownGroup(group)) warnUnknownOnce("group", group);
  }
}
