import { TraitForm } from "@/components/admin/trait-form";
import type { TraitsState } from "@/app/admin/identities/[id]/actions";
import type { TraitField } from "@/lib/kratos/nodes/trait-fields";
import { t } from "@/lib/i18n/catalogue";

type Props = {
  identityId: string;
  initial: TraitsState;
  fields: Readonly<Record<string, TraitField>>;
  action: (state: TraitsState, formData: FormData) => Promise<TraitsState>;
};

/** An identity's traits with the settings page's own controls, saved through Kratos (see TraitForm). */
export function TraitsForm({ identityId, initial, fields, action }: Props) {
  return (
    <TraitForm
      action={action}
      initial={initial}
      fields={fields}
      hidden={{ identity_id: identityId }}
      texts={{ submit: t("admin.traits.save"), saved: t("admin.traits.saved") }}
      name={{ labelledBy: "identity-traits" }}
      testId="admin-traits"
    />
  );
}
