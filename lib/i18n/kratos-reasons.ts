import type { ReasonKey } from "./locales/en-labels";

/** A validator reason recognised: which translated sentence it is, and the values it names. */
export type KnownReason = { key: ReasonKey; vars: Record<string, string> };

// ory/jsonschema v3.0.8, which Kratos v1.3.1 uses: `%q is not valid %q` for a format,
// "value must be …" / "enum failed" for a value outside an enum.
const FORMAT = /^"((?:[^"\\]|\\.)*)" is not valid "([\w-]+)"$/;
const ENUM = /^(?:value must be .*|enum failed)$/s;

/**
 * Recognises the English reasons Kratos passes through from its JSON-schema
 * validator (message 4000001), so that they can be said in the reader's language.
 */
export function knownReason(reason: string): KnownReason | undefined {
  const format = FORMAT.exec(reason);
  if (format) {
    const value = unquote(format[1] ?? "");
    const name = format[2] ?? "";
    if (name === "email" || name === "uri") return { key: `format.${name}`, vars: { value } };
    return { key: "format", vars: { value, format: name } };
  }
  if (ENUM.test(reason)) return { key: "enum", vars: {} };
  return undefined;
}

/** Go's %q escapes quotes and control characters the way JSON does for the ones that matter here. */
function unquote(quoted: string): string {
  try {
    const value: unknown = JSON.parse(`"${quoted}"`);
    return typeof value === "string" ? value : quoted;
  } catch {
    return quoted;
  }
}
