import type { UiNode } from "../types";
import { isInputNode } from "./nodes";

/** What the identity schema says about a trait that Kratos's nodes do not carry. */
export type TraitField = {
  /** The allowed values (`enum`): offered as a choice instead of free text. */
  options?: readonly string[];
  /** "any" for numbers that need not be whole, so the browser accepts decimals. */
  step?: "any";
};

export type TraitFields = {
  /** Trait input names (traits.a, traits.b.c) in the order the schema declares them. */
  order: readonly string[];
  byName: Readonly<Record<string, TraitField>>;
};

/**
 * The trait that holds the person's language, which Kratos's mail templates
 * read (kratos/courier, written by scripts/generate-mail-templates.ts).
 */
export const LOCALE_TRAIT = "traits.locale";

export const NO_TRAIT_FIELDS: TraitFields = { order: [], byName: {} };

type JsonObject = Record<string, unknown>;

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/**
 * Reads an identity JSON schema (as GET /schemas/{id} returns it) into hints per
 * trait input. Only plain nested `properties` are followed; `$ref`s are not.
 */
export function traitFieldsFromSchema(schema: unknown): TraitFields {
  const order: string[] = [];
  const byName: Record<string, TraitField> = {};
  const traits = asObject(asObject(asObject(schema)?.properties)?.traits);
  collect(traits, "traits", order, byName);
  return { order, byName };
}

function collect(schema: JsonObject | undefined, name: string, order: string[], byName: Record<string, TraitField>): void {
  const properties = asObject(schema?.properties);
  if (!properties) return;
  for (const [key, value] of Object.entries(properties)) {
    const property = asObject(value);
    if (!property) continue;
    const childName = `${name}.${key}`;
    if (asObject(property.properties)) {
      collect(property, childName, order, byName);
      continue;
    }
    order.push(childName);
    const field = fieldOf(property);
    if (field) byName[childName] = field;
  }
}

function fieldOf(property: JsonObject): TraitField | undefined {
  const field: TraitField = {};
  if (Array.isArray(property.enum)) {
    const options = property.enum
      .filter((option): option is string | number => typeof option === "string" || typeof option === "number")
      .map(String);
    if (options.length > 0) field.options = options;
  }
  if (property.type === "number") field.step = "any";
  return field.options || field.step ? field : undefined;
}

/**
 * Kratos 1.3 emits trait nodes in no stable order (it can change between two
 * answers for the same flow). Trait inputs are put in schema order, in the slots
 * trait inputs already occupy; every other node keeps its place.
 */
export function inSchemaOrder(nodes: readonly UiNode[], order: readonly string[]): UiNode[] {
  const rank = (node: UiNode): number => {
    const index = isInputNode(node) ? order.indexOf(node.attributes.name) : -1;
    return index === -1 ? order.length : index;
  };
  const isTrait = (node: UiNode): boolean => isInputNode(node) && node.attributes.name.startsWith("traits.");
  const traits = nodes.filter(isTrait).sort((a, b) => rank(a) - rank(b));
  let next = 0;
  return nodes.map((node) => (isTrait(node) ? traits[next++]! : node));
}
