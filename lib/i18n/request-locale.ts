import { REQUEST_CONTEXT_KEY } from "../http/request-context-key";
import { defaultLocale, isLocale, type Locale } from "./locale";

type ContextStore = { getStore(): { locale?: Locale } | undefined };

/**
 * The page's language. On the server, the request's (chosen in
 * lib/server/request-handler.ts); in the browser, the page's own `<html lang>`,
 * so a client component renders the same words it was rendered with on the
 * server. English outside both.
 */
export function requestLocale(): Locale {
  if (typeof document !== "undefined") {
    const lang = document.documentElement.lang;
    return isLocale(lang) ? lang : defaultLocale;
  }
  const storage = (globalThis as { [REQUEST_CONTEXT_KEY]?: ContextStore })[REQUEST_CONTEXT_KEY];
  return storage?.getStore()?.locale ?? defaultLocale;
}
