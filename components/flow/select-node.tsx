import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { kratosText, t, traitValueName } from "@/lib/i18n/catalogue";
import { requestLocale } from "@/lib/i18n/request-locale";
import { nodeDomId, type InputNode } from "@/lib/kratos/nodes/nodes";
import { LOCALE_TRAIT } from "@/lib/kratos/nodes/trait-fields";
import { describedBy, FieldMessages } from "./field-messages";

type Props = { node: InputNode; options: readonly string[] };

/**
 * A trait whose schema lists its allowed values. Kratos 1.3 sends such traits as
 * free-text inputs; this keeps Kratos's name, value, label and messages and only
 * swaps the control for a choice.
 */
export function SelectNodeView({ node, options }: Props) {
  const { attributes, messages } = node;
  const id = nodeDomId(node);
  const label = node.meta.label ? kratosText(node.meta.label) : attributes.name;
  const stored = attributes.value === undefined || attributes.value === null ? "" : String(attributes.value);
  // Until the person has chosen, the language they are reading offers itself.
  const current = stored === "" && attributes.name === LOCALE_TRAIT ? requestLocale() : stored;
  // A stored value the schema no longer allows stays visible (Kratos then says why it is refused).
  const choices = current && !options.includes(current) ? [...options, current] : options;
  return (
    <div data-testid={`node/input/${attributes.name}`} className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        name={attributes.name}
        defaultValue={current}
        required={attributes.required}
        disabled={attributes.disabled}
        {...describedBy(id, messages)}
      >
        {(!attributes.required || !current) && (
          <option value="" disabled={attributes.required}>
            {t("form.notSet")}
          </option>
        )}
        {choices.map((choice) => (
          <option key={choice} value={choice} lang={attributes.name === LOCALE_TRAIT ? choice : undefined}>
            {traitValueName(attributes.name, choice)}
          </option>
        ))}
      </Select>
      <FieldMessages fieldId={id} messages={messages} />
    </div>
  );
}
