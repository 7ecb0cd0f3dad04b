import { t } from "@/lib/i18n/catalogue";

/** The app's name as its registration gives it, or a neutral word: never the client id. */
export function appName(client: { client_name?: string } | undefined): string {
  return client?.client_name?.trim() || t("consent.unnamedApp");
}
