import { rememberedChoice } from "../http/remembered-choice";
import { isLocale, type Locale } from "./locale";
import { negotiateLocale } from "./negotiate";

/** The languages a deployment offers, and the one for people whose browser asks for none of them. */
export type LanguageSettings = { offered: readonly Locale[]; fallback: Locale };

/** Remembers a language picked in the menu or by a link's `?lang=`. */
export const LANGUAGE_COOKIE = "lang";

type Signals = { query?: string | null; cookie?: string; acceptLanguage?: string };

/**
 * The language of a page: `?lang=` (a link from a mail, or the language menu;
 * then remembered), else the remembered choice, else the browser's preference.
 * `remember` is set when the cookie must change.
 */
export function chooseLocale(
  { query, cookie, acceptLanguage }: Signals,
  settings: LanguageSettings,
): { locale: Locale; remember: boolean } {
  const offered = (tag: string) => (isLocale(tag) && settings.offered.includes(tag) ? tag : undefined);
  const { value, remember } = rememberedChoice(query, cookie, offered);
  return { locale: value ?? negotiateLocale(acceptLanguage ?? null, settings.offered, settings.fallback), remember };
}
