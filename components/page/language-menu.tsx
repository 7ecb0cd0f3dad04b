import { config } from "@/lib/config";
import { t } from "@/lib/i18n/catalogue";
import { languageName } from "@/lib/i18n/locale";
import { requestLocale } from "@/lib/i18n/request-locale";
import { ChoiceMenu } from "./choice-menu";

/** The language menu on every page: each offered language named in itself. */
export function LanguageMenu() {
  const { offered } = config().languages;
  if (offered.length < 2) return null;
  const choices = offered.map((locale) => ({ value: locale, label: languageName(locale), lang: locale }));
  return <ChoiceMenu label={t("language.menu")} icon="language" parameter="lang" choices={choices} current={requestLocale()} />;
}
