import { t } from "@/lib/i18n/catalogue";

/** Whether a session took a second step (Kratos's aal2) in words; a level this UI has no words for as Kratos names it. */
export function assuranceName(level: string | undefined): string {
  return level === "aal1" || level === "aal2" ? t(`session.${level}`) : (level ?? "");
}
