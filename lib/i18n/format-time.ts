import type { Locale } from "./locale";
import { requestLocale } from "./request-locale";

// Making a formatter costs far more than using one (it loads the locale's data): one per locale, kept.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A Kratos timestamp for people, in UTC: the server does not know the reader's time zone. */
export function formatTime(iso: string, locale: Locale = requestLocale()): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    formatters.set(locale, formatter);
  }
  return `${formatter.format(new Date(iso))} UTC`;
}
