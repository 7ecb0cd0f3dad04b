import { currentRequestContext } from "@/lib/http/request-context";
import { t } from "@/lib/i18n/catalogue";
import { themes } from "@/lib/theme";
import { ChoiceMenu } from "./choice-menu";

/** Light, dark, or as the system says: works without JavaScript, remembered in a cookie. */
export function ThemeMenu() {
  const choices = themes.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }));
  return (
    <ChoiceMenu
      label={t("theme.menu")}
      icon="theme"
      parameter="theme"
      choices={choices}
      current={currentRequestContext()?.theme ?? "system"}
    />
  );
}
