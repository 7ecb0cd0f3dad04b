import { knownReason } from "./kratos-reasons";
import type { Locale } from "./locale";
import { enTraits } from "./locales/en-labels";

/** Names a language gives to field labels (by trait node name) and to credential types. */
export type ContextLabels = {
  traits?: Readonly<Partial<Record<string, string>>>;
  methods?: Readonly<Partial<Record<string, string>>>;
  reasons?: Readonly<Partial<Record<string, string>>>;
};

export type ContextVars = Record<string, string>;

type UiTextLike = { id: number; text: string; context?: object };

const MINUTE = 60_000;

// A generated label (1070002) carries only the schema's title, not the field's name;
// a title that is one of our schemas' own still finds its translation.
const traitByEnglishTitle = new Map<string, string>(Object.entries(enTraits).map(([key, title]) => [title, key]));

/**
 * A Kratos message's context as placeholder values in the reader's language; the
 * conventions are listed in kratos-messages.ts. Values of a shape no template
 * uses (objects, nulls) are left out, so their placeholder falls back as missing.
 */
export function contextVars(
  context: object | undefined,
  locale: Locale,
  labels: ContextLabels,
  now: Date,
  nested: (text: UiTextLike) => string,
): ContextVars {
  const vars: ContextVars = {};
  const entries = Object.entries(context ?? {}) as [string, unknown][];
  for (const [name, value] of entries) {
    if (name.endsWith("_unix") && typeof value === "number") {
      const base = name.slice(0, -"_unix".length);
      vars[base] = formatDateTime(value, locale);
      vars[`${base}_relative`] = formatRelative(value, locale, now);
    } else if (Array.isArray(value)) {
      vars[name] = formatArray(name, value, locale, labels, nested);
    } else {
      const formatted = formatScalar(value, locale);
      if (formatted !== undefined && !Object.hasOwn(vars, name)) vars[name] = formatted;
    }
  }
  if (vars.property !== undefined) vars.property = labels.traits?.[`traits.${vars.property}`] ?? vars.property;
  if (vars.title !== undefined) vars.title = labels.traits?.[traitByEnglishTitle.get(vars.title) ?? ""] ?? vars.title;
  if (vars.reason !== undefined) vars.reason = translatedReason(vars.reason, labels) ?? vars.reason;
  const methods = availableMethods(context, locale, labels);
  if (methods) vars.available_methods = methods;
  return vars;
}

function translatedReason(reason: string, labels: ContextLabels): string | undefined {
  const known = knownReason(reason);
  const template = known && labels.reasons?.[known.key];
  return template && known ? template.replace(/\{(\w+)\}/g, (match, name: string) => known.vars[name] ?? match) : undefined;
}

function formatScalar(value: unknown, locale: Locale): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(value);
  if (typeof value === "boolean") return String(value);
  return undefined;
}

function formatArray(name: string, items: readonly unknown[], locale: Locale, labels: ContextLabels, nested: (text: UiTextLike) => string) {
  // Recovery codes arrive as a list of messages of their own (1050015); they are codes, not prose.
  if (items.every(isUiText)) return items.map(nested).join(", ");
  let words = items.map((item) => formatScalar(item, locale)).filter((item): item is string => item !== undefined && item !== "");
  if (name === "available_credential_types") words = words.map((type) => labels.methods?.[type] ?? type);
  if (name === "available_oidc_providers" || name === "available_providers") words = words.map(providerName);
  const type = name.startsWith("available_") || name.startsWith("allowed_") ? "disjunction" : "conjunction";
  return new Intl.ListFormat(locale, { type }).format(words);
}

/**
 * The ways into an existing account (4000028): its credential types in words,
 * with "social sign-in" replaced by the providers' names when Kratos lists them.
 */
function availableMethods(context: object | undefined, locale: Locale, labels: ContextLabels): string | undefined {
  const types = stringList(context, "available_credential_types");
  const providers = stringList(context, "available_oidc_providers").map(providerName);
  if (types.length === 0 && providers.length === 0) return undefined;
  const named = types.filter((type) => type !== "oidc" || providers.length === 0).map((type) => labels.methods?.[type] ?? type);
  return new Intl.ListFormat(locale, { type: "disjunction" }).format([...named, ...providers]);
}

function stringList(context: object | undefined, name: string): string[] {
  const value: unknown = context && Object.hasOwn(context, name) ? (context as Record<string, unknown>)[name] : undefined;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string" && item !== "") : [];
}

/** Kratos sends provider ids ("github") and capitalises them in its English text; so do we. */
function providerName(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

function isUiText(value: unknown): value is UiTextLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as UiTextLike).id === "number" &&
    typeof (value as UiTextLike).text === "string"
  );
}

/** In UTC and saying so, like formatTime: the server does not know the reader's time zone. */
function formatDateTime(unixSeconds: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(new Date(unixSeconds * 1000));
}

/** "3 minutes ago", "in 2 hours": minutes below an hour, hours below two days, else days; never "0 minutes". */
function formatRelative(unixSeconds: number, locale: Locale, now: Date): string {
  const minutes = (unixSeconds * 1000 - now.getTime()) / MINUTE;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  const sign = minutes < 0 ? -1 : 1;
  if (Math.abs(minutes) < 60) return format.format(sign * Math.max(1, Math.round(Math.abs(minutes))), "minute");
  if (Math.abs(minutes) < 48 * 60) return format.format(Math.round(minutes / 60), "hour");
  return format.format(Math.round(minutes / (24 * 60)), "day");
}
