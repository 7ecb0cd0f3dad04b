import { definedProps } from "@/components/ui/defined-props";
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
export function ChoiceMenu(props: {
  label: string;
  /** Its mark, drawn by app/globals.css (menu-icon-…). */
  icon: "theme" | "language";
  parameter: string;
  choices: readonly Choice[];
  current: string;
}) {
  const { label, icon, parameter, choices, current } = props;
  const url = currentRequestContext()?.url ?? "/";
  const chosen = choices.find((choice) => choice.value === current);
  return (
    <nav aria-label={label} className="relative text-sm">
      <details>
        <summary className={`menu-button menu-icon-${icon}`} {...definedProps({ lang: chosen?.lang })}>
          {chosen?.label}
        </summary>
        <ul className="menu-list">
          {choices.map((choice) => (
            <li key={choice.value}>
              <a
                href={withChoice(url, parameter, choice.value)}
                {...definedProps({
                  lang: choice.lang,
                  hrefLang: choice.lang,
                  "aria-current": choice.value === current ? "true" : undefined,
                })}
                className="menu-item"
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
