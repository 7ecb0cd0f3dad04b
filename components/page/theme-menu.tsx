import { currentRequestContext } from "@/lib/http/request-context";
import { t } from "@/lib/i18n/catalogue";
import { themes } from "@/lib/theme";
import { ChoiceMenu } from "./choice-menu";

/** Light, dark, or as the system says: works without JavaScript, remembered in a cookie. */
export function ThemeMenu() {
  const choices = themes.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }));
  const icon = (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="10" cy="10" r="7" />
      <path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor" />
    </svg>
  );
  return (
    <ChoiceMenu
      label={t("theme.menu")}
      icon={icon}
      parameter="theme"
      choices={choices}
      current={currentRequestContext()?.theme ?? "system"}
    />
  );
}
