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

// "Please confirm this action by verifying that it is you."
const CONFIRM_ACTION = 1010003;

/**
 * The flow's texts without one that misleads: on an app's second step Kratos
 * sets `refresh` (because Hydra cannot skip the login) and so also says "confirm
 * this action", next to its own "complete the second authentication challenge".
 * A second step the person asked to repeat (`refresh=true&aal=aal2`) keeps it.
 */
export function withoutRedundantMessages(flow: LoginFlow): LoginFlow["ui"] {
  if (flow.requested_aal !== "aal2" || !flow.oauth2_login_request || !flow.ui.messages) return flow.ui;
  return { ...flow.ui, messages: flow.ui.messages.filter((message) => message.id !== CONFIRM_ACTION) };
}
