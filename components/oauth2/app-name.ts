import { t } from "@/lib/i18n/catalogue";
import type { OAuth2Client } from "@/lib/hydra/types";

/** The app's name as its registration gives it, or a neutral word: never the client id. */
export function appName(client: OAuth2Client | undefined): string {
  return client?.client_name?.trim() || t("consent.unnamedApp");
}
