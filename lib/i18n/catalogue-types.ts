import type { KratosMessageId } from "./kratos-messages";
import type { MethodKey, ReasonKey, TraitLabelKey } from "./locales/en-labels";
import type { UiMessageKey } from "./locales/en";

/**
 * The shape of a translated catalogue. Declared with `satisfies LocaleCatalogue`,
 * a missing key fails the typecheck (Record needs every key) and so does an extra
 * one (an object literal may not name a property its type lacks).
 */
export type LocaleCatalogue = {
  ui: Record<UiMessageKey, string>;
  kratos: Record<KratosMessageId, string>;
  traits: Record<TraitLabelKey, string>;
  methods: Record<MethodKey, string>;
  reasons: Record<ReasonKey, string>;
};
