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
  const icon = (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="10" cy="10" r="8" />
      <path d="M2 10h16M10 2c2.5 2.2 3.5 5 3.5 8s-1 5.8-3.5 8c-2.5-2.2-3.5-5-3.5-8s1-5.8 3.5-8z" />
    </svg>
  );
  return <ChoiceMenu label={t("language.menu")} icon={icon} parameter="lang" choices={choices} current={requestLocale()} />;
}
