/** The languages this UI has a catalogue for. Adding one is a catalogue file plus one entry here. */
export const locales = ["en", "de", "fr", "es", "ar"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

const directions: Record<Locale, "ltr" | "rtl"> = { en: "ltr", de: "ltr", fr: "ltr", es: "ltr", ar: "rtl" };

/** The writing direction of a language, for `<html dir>`. */
export function textDirection(locale: Locale): "ltr" | "rtl" {
  return directions[locale];
}

export function isLocale(value: string | null | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}

/** Each language's name in itself, for the language menu: the same whatever language the page is in. */
export const languageNames: Record<Locale, string> = { en: "English", de: "Deutsch", fr: "Français", es: "Español", ar: "العربية" };
