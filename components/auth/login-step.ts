import { t } from "@/lib/i18n/catalogue";
import { findInput, isHiddenInput } from "@/lib/kratos/nodes";
import type { LoginFlow } from "@/lib/kratos/types";

/** A first factor: not confirming an existing session, not a second step. */
export function isFirstFactor(flow: LoginFlow): boolean {
  return !flow.refresh && flow.requested_aal !== "aal2";
}

export function loginTitle(flow: LoginFlow): string {
  if (flow.requested_aal === "aal2") return t("login.aal2Title");
  if (flow.refresh) return t("login.refreshTitle");
  if (flow.state === "sent_email") return t("checkEmail.title");
  return t("login.title");
}

/**
 * The account the flow is about when Kratos keeps it only as a hidden field:
 * after the identifier-first screen, once a code was sent, or while confirming
 * it's you. The person cannot see it otherwise.
 */
export function hiddenIdentifier(flow: LoginFlow): string | undefined {
  const node = findInput(flow.ui.nodes, "identifier");
  const value = node && isHiddenInput(node) ? node.attributes.value : undefined;
  return typeof value === "string" && value ? value : undefined;
}
