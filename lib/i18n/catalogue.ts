import { contextVars, type ContextLabels } from "./context-vars";
import { LOCALE_TRAIT } from "../kratos/nodes/trait-fields";
import { isLocale, languageName, textDirection, type Locale } from "./locale";
import { requestLocale } from "./request-locale";
import { ar } from "./locales/ar";
import { de } from "./locales/de";
import { en, type UiMessageKey } from "./locales/en";
import { es } from "./locales/es";
import { fr } from "./locales/fr";

export { defaultLocale, locales, textDirection, type Locale } from "./locale";

type Catalogue = ContextLabels & {
  ui: Partial<Record<UiMessageKey, string>>;
  kratos: Readonly<Record<number, string>>;
};

// English keeps Kratos's own wording and the identity schema's titles, so it lists neither.
const catalogues: Record<Locale, Catalogue> = { en, de, fr, es, ar };

export type Vars = Record<string, string | number>;

/** A Kratos UI text (`UiText`), or one nested in another's context. */
type KratosTextInput = { id: number; text: string; type?: string; context?: object };

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces {name} with vars.name; unknown placeholders are left visible rather than dropped. */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(PLACEHOLDER, (match, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : match));
}

/**
 * In a right-to-left sentence, an address or a name written left to right
 * (e2e-1@example.org) is put in a Unicode isolate (FSI … PDI), so the bidi
 * algorithm neither reorders its parts nor lets it drag the punctuation around it.
 */
function isolated<V extends Vars>(template: string, vars: V, locale: Locale): V {
  // A text that is one placeholder alone is no sentence to protect.
  if (textDirection(locale) === "ltr" || PLACEHOLDER_ONLY.test(template)) return vars;
  return Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, value === "" ? value : `\u2068${value}\u2069`])) as V;
}

const PLACEHOLDER_ONLY = /^\s*\{\w+\}\s*$/;

/** One of our own texts, falling back to English, and to the key itself when no language has it. */
export function t(key: UiMessageKey, vars?: Vars, locale: Locale = requestLocale()): string {
  const template = catalogues[locale].ui[key] ?? en.ui[key] ?? key;
  return interpolate(template, vars && isolated(template, vars, locale));
}

/**
 * A Kratos text in the person's language: by message id with its context, else
 * Kratos's own wording. Also Kratos's wording when the context lacks a value the
 * template needs: a whole English sentence reads better than a broken one.
 */
export function kratosText(text: KratosTextInput, locale: Locale = requestLocale(), now: Date = new Date()): string {
  const catalogue = catalogues[locale];
  const template = catalogue.kratos[text.id];
  if (!template) return text.text;
  const vars = isolated(
    template,
    contextVars(text.context, locale, catalogue, now, (inner) => kratosText(inner, locale, now)),
    locale,
  );
  let complete = true;
  const filled = template.replace(PLACEHOLDER, (match, name: string) => {
    const value = vars[name];
    if (value === undefined || value === "") complete = false;
    return value === undefined ? match : String(value);
  });
  return complete ? filled : text.text;
}

/**
 * The label of an identity-schema field in the person's language, by its node
 * name (`traits.email`), or of one of its allowed values (`traits.plan.free`);
 * undefined when the language has none, so the caller keeps the schema's wording.
 */
export function traitLabel(nodeName: string, locale: Locale = requestLocale()): string | undefined {
  return catalogues[locale].traits?.[nodeName];
}

/** How a trait's value reads: a language by its own name, an allowed value by the catalogue, else as stored. */
export function traitValueName(nodeName: string, value: string, locale: Locale = requestLocale()): string {
  if (nodeName === LOCALE_TRAIT && isLocale(value)) return languageName(value);
  return traitLabel(`${nodeName}.${value}`, locale) ?? value;
}
