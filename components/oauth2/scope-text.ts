import { t } from "@/lib/i18n/catalogue";
import { isKnownScope } from "@/lib/hydra/claims";

/** An OAuth2 scope in plain words; one this UI does not know is shown by its name. */
export function scopeText(scope: string): string {
  return isKnownScope(scope) ? t(`consent.scope.${scope}`) : t("consent.scope.other", { scope });
}
