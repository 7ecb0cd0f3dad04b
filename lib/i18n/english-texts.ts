import type { LocaleCatalogue } from "./catalogue-types";
import { kratosMessages } from "./kratos-messages";
import { en } from "./locales/en";
import { enMethods, enReasons, enTraits } from "./locales/en-labels";

/**
 * Every text an English reader meets, by catalogue section: ours, and Kratos's
 * own for its messages (the English catalogue needs no copy of those). What the
 * other languages are checked against.
 */
export const englishTexts: Record<keyof LocaleCatalogue, Readonly<Record<string, string>>> = {
  ui: en.ui,
  kratos: kratosMessages,
  traits: enTraits,
  methods: enMethods,
  reasons: enReasons,
};
