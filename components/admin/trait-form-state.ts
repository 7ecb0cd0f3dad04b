import type { TraitFormState } from "@/components/admin/trait-form";
import { fieldPropsOf } from "@/components/flow/field-props";
import { traitNodes, type TraitSpec } from "@/lib/admin/traits";

type Options = {
  /** Kratos's refusals, by trait (`traits.email`). */
  errors?: Readonly<Record<string, readonly string[]>>;
  problems?: string[];
  saved?: boolean;
};

/**
 * A traits form's state: settings' own fields for the schema's traits, with
 * their texts put into the page's language here, on the server, so the client
 * form needs no catalogue.
 */
export function traitFormState(
  specs: readonly TraitSpec[],
  traits: unknown,
  { errors, problems = [], saved }: Options = {},
): TraitFormState {
  const fields = traitNodes(specs, traits, errors).flatMap(
    (node, index) => fieldPropsOf(node, specs[index]!.field, { ownTraits: false }) ?? [],
  );
  return { fields, problems, ...(saved !== undefined && { saved }) };
}
