import { asRecord } from "@/lib/records";
import type { InputNode } from "@/lib/kratos/nodes/nodes";
import type { UiNodeInputAttributes, UiText } from "@/lib/kratos/types";
import type { TraitField } from "@/lib/kratos/nodes/trait-fields";

type InputType = UiNodeInputAttributes["type"];

/** One trait of an identity schema, as the admin's form needs it. */
export type TraitSpec = {
  name: string;
  title: string;
  type: InputType;
  required: boolean;
  kind: "string" | "number" | "integer" | "boolean";
  /** Hints for settings' controls: allowed values, decimals. */
  field?: TraitField;
};

/**
 * The editable traits of an identity JSON schema (as GET /schemas/{id} returns
 * it): plain nested `properties` only, like lib/kratos/nodes/trait-fields.ts.
 * Arrays and objects without properties are left to the admin API.
 */
export function traitSpecs(schema: unknown): TraitSpec[] {
  const specs: TraitSpec[] = [];
  collect(asRecord(asRecord(asRecord(schema).properties).traits), "traits", specs);
  return specs;
}

function collect(schema: Record<string, unknown>, prefix: string, specs: TraitSpec[]): void {
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const [key, value] of Object.entries(asRecord(schema.properties))) {
    const property = asRecord(value);
    const name = `${prefix}.${key}`;
    if (property.type === "object") {
      collect(property, name, specs);
      continue;
    }
    const kind = property.type;
    if (kind !== "string" && kind !== "number" && kind !== "integer" && kind !== "boolean") continue;
    const title = typeof property.title === "string" && property.title ? property.title : key;
    const options = Array.isArray(property.enum) ? property.enum.map(String) : undefined;
    const field: TraitField | undefined = options ? { options } : kind === "number" ? { step: "any" } : undefined;
    specs.push({ name, title, kind, type: inputType(kind, property.format), required: required.includes(key), ...(field && { field }) });
  }
}

function inputType(kind: TraitSpec["kind"], format: unknown): InputType {
  if (kind === "boolean") return "checkbox";
  if (kind === "number" || kind === "integer") return "number";
  if (format === "email") return "email";
  if (format === "uri") return "url";
  if (format === "date") return "date";
  return "text";
}

function traitValue(traits: unknown, name: string): unknown {
  return name
    .split(".")
    .slice(1)
    .reduce<unknown>((value, key) => asRecord(value)[key], traits);
}

/** A Kratos-style input node for each trait, so the admin's form renders with settings' own controls (components/flow). */
export function traitNodes(
  specs: readonly TraitSpec[],
  traits: unknown,
  errors: Readonly<Record<string, readonly string[]>> = {},
): InputNode[] {
  return specs.map((spec) => {
    const label: UiText = { id: 1070002, text: spec.title, type: "info", context: { title: spec.title } as unknown as UiText["context"] };
    const value = traitValue(traits, spec.name);
    const attributes: UiNodeInputAttributes = {
      node_type: "input",
      name: spec.name,
      type: spec.type,
      disabled: false,
      required: spec.required && spec.type !== "checkbox",
      ...(value !== undefined && value !== null && { value }),
    };
    const messages: UiText[] = (errors[spec.name] ?? []).map((text) => ({ id: 4000001, text, type: "error" }));
    return { type: "input", group: "profile", attributes, messages, meta: { label } };
  });
}

/**
 * The traits a form post asks for, typed as the schema says. Empty optional
 * fields are left out; a number that does not parse is kept as text, for Kratos
 * to refuse with its own message at that field. `current` keeps traits the form
 * does not show (arrays, objects without properties).
 */
export function traitsFromForm(specs: readonly TraitSpec[], form: FormData, current: unknown): Record<string, unknown> {
  const traits = structuredClone(asRecord(current));
  for (const spec of specs) {
    const keys = spec.name.split(".").slice(1);
    const last = keys.pop()!;
    let target = traits;
    for (const key of keys) target = target[key] = { ...asRecord(target[key]) };
    // A checkbox posts a hidden "false" and, when ticked, "true" after it (components/flow/input-node.tsx).
    const raw = spec.kind === "boolean" ? form.getAll(spec.name).at(-1) : form.get(spec.name);
    const text = typeof raw === "string" ? raw.trim() : "";
    if (spec.kind === "boolean") target[last] = text === "true";
    else if (text === "") delete target[last];
    else if (spec.kind === "string") target[last] = text;
    else target[last] = Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return traits;
}

/**
 * Kratos refuses traits that break the schema with messages such as
 * `I[#/traits/email] S[#/properties/traits/properties/email/format] "x" is not valid "email"`.
 * Each goes to its field (traits.email); the rest are returned as `other`.
 */
export function traitErrors(messages: readonly string[]): { byField: Record<string, string[]>; other: string[] } {
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const message of messages) {
    const found = [...message.matchAll(/I\[#\/traits\/([^\]]*)\]\s*S\[[^\]]*\]\s*([^\n]+)/g)];
    if (found.length === 0) {
      if (message) other.push(message);
      continue;
    }
    for (const [, pointer, text] of found) {
      if (!pointer) {
        other.push(text!.trim());
        continue;
      }
      // Kratos first says that a field failed, then why: only the why is worth showing.
      if (text!.trim() === "validation failed") continue;
      const name = `traits.${pointer.split("/").join(".")}`;
      (byField[name] ??= []).push(text!.trim());
    }
  }
  return { byField, other };
}
