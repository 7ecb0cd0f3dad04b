import type { Locale } from "./locale";
import { requestLocale } from "./request-locale";

/** Items side by side as the language lists them ("A, B, C"; Arabic "A، وB"), not joined with an English comma. */
export function formatList(items: readonly string[], locale: Locale = requestLocale()): string {
  return new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(items);
}
