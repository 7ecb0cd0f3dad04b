import { TraitForm } from "@/components/admin/trait-form";
import type { TraitsState } from "@/app/admin/identities/[id]/actions";
import { t } from "@/lib/i18n/catalogue";

type Props = {
  identityId: string;
  initial: TraitsState;
  action: (state: TraitsState, formData: FormData) => Promise<TraitsState>;
};

/** An identity's traits with the settings page's own controls, saved through Kratos (see TraitForm). */
export function TraitsForm({ identityId, initial, action }: Props) {
  return (
    <TraitForm
      action={action}
      initial={initial}
      hidden={{ identity_id: identityId }}
      texts={{ submit: t("admin.traits.save"), saved: t("admin.traits.saved") }}
      name={{ labelledBy: "identity-traits" }}
      testId="admin-traits"
    />
  );
}
