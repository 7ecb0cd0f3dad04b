/**
 * The languages this UI has a catalogue for: each one's name in itself (for the
 * language menu, the same whatever language the page is in) and its writing
 * direction. Adding a language is a catalogue file (locales/) plus one line here
 * and its registration in catalogue.ts.
 */
const LANGUAGES = {
  en: { name: "English", direction: "ltr" },
  de: { name: "Deutsch", direction: "ltr" },
  fr: { name: "Français", direction: "ltr" },
  es: { name: "Español", direction: "ltr" },
  ar: { name: "العربية", direction: "rtl" },
} as const;

export type Locale = keyof typeof LANGUAGES;

export const locales = Object.keys(LANGUAGES) as Locale[];

export const defaultLocale: Locale = "en";

/** The writing direction of a language, for `<html dir>`. */
export function textDirection(locale: Locale): "ltr" | "rtl" {
  return LANGUAGES[locale].direction;
}

export function languageName(locale: Locale): string {
  return LANGUAGES[locale].name;
}

export function isLocale(value: string | null | undefined): value is Locale {
  return Object.hasOwn(LANGUAGES, value ?? "");
}
