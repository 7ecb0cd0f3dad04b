import type { Locale } from "./locale";
import { requestLocale } from "./request-locale";

/** A Kratos timestamp for people, in UTC: the server does not know the reader's time zone. */
export function formatTime(iso: string, locale: Locale = requestLocale()): string {
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso));
  return `${formatted} UTC`;
}
