import { currentRequestContext } from "../http/request-context";
import { defaultLocale, type Locale } from "./locale";

/** The language of the request being served (chosen in lib/server/request-handler.ts); English outside a request. */
export function requestLocale(): Locale {
  return currentRequestContext()?.locale ?? defaultLocale;
}
