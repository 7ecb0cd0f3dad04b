import { en, type UiMessageKey } from "./locales/en";
import type { UiText } from "@/lib/kratos/types";

export type Locale = "en";

type Catalogue = {
  ui: Partial<Record<UiMessageKey, string>>;
  kratos: Record<number, string>;
};

const catalogues: Record<Locale, Catalogue> = { en };

export const defaultLocale: Locale = "en";

export type Vars = Record<string, string | number>;

/** Replaces {name} with vars.name; unknown placeholders are left visible rather than dropped. */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : match));
}

/** One of our own texts, falling back to English, and to the key itself when no language has it. */
export function t(key: UiMessageKey, vars?: Vars, locale: Locale = defaultLocale): string {
  return interpolate(catalogues[locale].ui[key] ?? en.ui[key] ?? key, vars);
}

/** A Kratos text in the person's language: by message id with its context, else Kratos's own wording. */
export function kratosText(text: UiText, locale: Locale = defaultLocale): string {
  const template = catalogues[locale].kratos[text.id];
  if (!template) return text.text;
  return interpolate(template, contextVars(text.context));
}

function contextVars(context: UiText["context"]): Vars {
  const vars: Vars = {};
  for (const [name, value] of Object.entries(context ?? {})) {
    if (typeof value === "string" || typeof value === "number") vars[name] = value;
  }
  return vars;
}
