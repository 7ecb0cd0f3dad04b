import type { ReactNode } from "react";
import { currentRequestContext } from "@/lib/http/request-context";

export type Choice = { value: string; label: string; lang?: string };

/** This page's address with `parameter=value` (which the server then remembers). */
function withChoice(url: string, parameter: string, value: string): string {
  const address = new URL(url, "http://page.invalid");
  address.searchParams.set(parameter, value);
  return `${address.pathname}${address.search}`;
}

/**
 * A menu in the page header (language, theme): plain links to the same page with
 * the choice in its address, in a disclosure that opens without JavaScript.
 */
export function ChoiceMenu(props: { label: string; icon: ReactNode; parameter: string; choices: readonly Choice[]; current: string }) {
  const { label, icon, parameter, choices, current } = props;
  const url = currentRequestContext()?.url ?? "/";
  const chosen = choices.find((choice) => choice.value === current);
  return (
    <nav aria-label={label} className="relative text-sm">
      <details>
        <summary className="flex cursor-pointer list-none items-center gap-1 rounded px-2 py-1 text-text-muted hover:text-text focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none">
          {icon}
          <span lang={chosen?.lang}>{chosen?.label}</span>
        </summary>
        <ul className="absolute end-0 z-10 mt-1 min-w-40 rounded-lg border border-border bg-surface py-1 shadow-md">
          {choices.map((choice) => (
            <li key={choice.value}>
              <a
                href={withChoice(url, parameter, choice.value)}
                lang={choice.lang}
                hrefLang={choice.lang}
                aria-current={choice.value === current ? "true" : undefined}
                className="block px-3 py-1.5 hover:bg-secondary focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none aria-[current=true]:font-semibold"
                data-testid={`${parameter}-${choice.value}`}
              >
                {choice.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
