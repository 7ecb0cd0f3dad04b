import { t } from "@/lib/i18n/catalogue";
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
