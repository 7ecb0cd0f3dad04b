/** The languages this UI has a catalogue for. Adding one is a catalogue file plus one entry here. */
export const locales = ["en", "de", "fr", "es", "ar"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

const directions: Record<Locale, "ltr" | "rtl"> = { en: "ltr", de: "ltr", fr: "ltr", es: "ltr", ar: "rtl" };

/** The writing direction of a language, for `<html dir>`. */
export function textDirection(locale: Locale): "ltr" | "rtl" {
  return directions[locale];
}
