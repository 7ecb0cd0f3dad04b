import { config } from "@/lib/config";
import { currentRequestContext } from "@/lib/http/request-context";
import { t } from "@/lib/i18n/catalogue";
import { languageName, type Locale } from "@/lib/i18n/locale";
import { requestLocale } from "@/lib/i18n/request-locale";

/** This page's address with another language (`?lang=`, which the server then remembers). */
function inLanguage(url: string, locale: Locale): string {
  const address = new URL(url, "http://page.invalid");
  address.searchParams.set("lang", locale);
  return `${address.pathname}${address.search}`;
}

/**
 * The language menu on every page: plain links to the same page in each offered
 * language, in a disclosure that opens without JavaScript.
 */
export function LanguageMenu() {
  const { offered } = config().languages;
  if (offered.length < 2) return null;
  const current = requestLocale();
  const url = currentRequestContext()?.url ?? "/";
  return (
    <nav aria-label={t("language.menu")} className="relative text-sm">
      <details className="group">
        <summary className="cursor-pointer list-none rounded px-2 py-1 text-text-muted hover:text-text focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="me-1 inline size-4 align-[-3px]"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <circle cx="10" cy="10" r="8" />
            <path d="M2 10h16M10 2c2.5 2.2 3.5 5 3.5 8s-1 5.8-3.5 8c-2.5-2.2-3.5-5-3.5-8s1-5.8 3.5-8z" />
          </svg>
          <span lang={current}>{languageName(current)}</span>
        </summary>
        <ul className="absolute end-0 z-10 mt-1 min-w-40 rounded-lg border border-border bg-surface py-1 shadow-md">
          {offered.map((locale) => (
            <li key={locale}>
              <a
                href={inLanguage(url, locale)}
                hrefLang={locale}
                lang={locale}
                aria-current={locale === current ? "true" : undefined}
                className="block px-3 py-1.5 hover:bg-secondary focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none aria-[current=true]:font-semibold"
                data-testid={`language-${locale}`}
              >
                {languageName(locale)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
