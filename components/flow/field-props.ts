import { kratosText, t, traitValueName } from "@/lib/i18n/catalogue";
import { locales } from "@/lib/i18n/locale";
import { requestLocale } from "@/lib/i18n/request-locale";
import { nodeDomId, type InputNode } from "@/lib/kratos/nodes/nodes";
import { LOCALE_TRAIT, type TraitField } from "@/lib/kratos/nodes/trait-fields";
import type { UiText } from "@/lib/kratos/types";
import type { FieldProps, ShownMessage } from "./field";

/** Inputs a schema's list of allowed values can turn into a choice (not buttons, boxes or hidden fields). */
const CHOOSABLE = new Set(["text", "number", "email", "url", "tel"]);

/** Kratos's messages in the page's language. */
export function shownMessages(messages: readonly UiText[]): ShownMessage[] {
  return messages.map((message) => ({ id: message.id, type: message.type, text: kratosText(message) }));
}

/** An input's label in the page's language; its name when Kratos gives none. */
export function inputLabel(node: InputNode): string {
  return node.meta.label ? kratosText(node.meta.label) : node.attributes.name;
}

type Options = {
  /**
   * Whether the person edits their own traits (sign-up, settings): then an unset
   * language offers the one they are reading. An admin's page language says
   * nothing about the person's, so there it stays unset until chosen.
   */
  ownTraits?: boolean;
};

/**
 * The labelled field an input node shows, its texts in the page's language, or
 * undefined for nodes that are not fields (hidden values, buttons). A trait the
 * schema lists allowed values for becomes a choice (Kratos 1.3 sends it as free
 * text); the language trait is one wherever it appears (sign-up has no schema hints).
 */
export function fieldPropsOf(node: InputNode, field?: TraitField, { ownTraits = true }: Options = {}): FieldProps | undefined {
  const { attributes } = node;
  if (attributes.type === "hidden" || attributes.type === "submit" || attributes.type === "button") return undefined;
  const common = {
    id: nodeDomId(node),
    name: attributes.name,
    label: inputLabel(node),
    messages: shownMessages(node.messages),
    required: attributes.required,
    disabled: attributes.disabled,
  };
  if (attributes.type === "checkbox") {
    return { ...common, kind: "checkbox", checked: attributes.value === true || attributes.value === "true" };
  }
  const stored = stringValue(attributes.value);
  const isLocale = attributes.name === LOCALE_TRAIT;
  const choices = CHOOSABLE.has(attributes.type) ? (isLocale ? locales : field?.options) : undefined;
  if (choices) {
    // Until the person has chosen, the language they are reading offers itself.
    const current = !stored && isLocale && ownTraits ? requestLocale() : (stored ?? "");
    // A stored value the schema no longer allows stays visible (Kratos then says why it is refused).
    const values = current && !choices.includes(current) ? [...choices, current] : choices;
    return {
      ...common,
      kind: "select",
      value: current,
      options: values.map((value) => ({ value, label: traitValueName(attributes.name, value), ...(isLocale && { lang: value }) })),
      ...((!attributes.required || !current) && { empty: t("form.notSet") }),
    };
  }
  return {
    ...common,
    kind: "text",
    type: attributes.type,
    value: attributes.type === "password" ? undefined : stored,
    autoComplete: attributes.autocomplete,
    pattern: attributes.pattern,
    maxLength: attributes.maxlength,
    step: attributes.type === "number" ? field?.step : undefined,
  };
}

/** An attribute value as a form control holds it. */
export function stringValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : String(value);
}
