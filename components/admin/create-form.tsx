import { TraitForm } from "@/components/admin/trait-form";
import { Checkbox, Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CreateState } from "@/app/admin/new/actions";
import { t } from "@/lib/i18n/catalogue";

type Props = {
  schemaId: string;
  initial: CreateState;
  action: (state: CreateState, formData: FormData) => Promise<CreateState>;
};

/** A new identity from its schema's traits, with a password or without one (then only recovery lets them in). */
export function CreateForm({ schemaId, initial, action }: Props) {
  return (
    <TraitForm
      action={action}
      initial={initial}
      hidden={{ schema_id: schemaId }}
      texts={{ submit: t("admin.create.submit") }}
      name={{ label: t("admin.create.title") }}
    >
      <div className="space-y-1.5">
        <Label htmlFor="admin-create-password">{t("admin.create.password")}</Label>
        <Input
          id="admin-create-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-describedby="admin-create-password-about"
        />
        <p id="admin-create-password-about" className="text-sm text-text-muted">
          {t("admin.create.passwordAbout")}
        </p>
      </div>
      <div className="flex items-start gap-3">
        <Checkbox id="admin-create-invite" name="invite" value="yes" aria-describedby="admin-create-invite-about" />
        <div>
          <Label htmlFor="admin-create-invite" className="font-normal">
            {t("admin.create.invite")}
          </Label>
          <p id="admin-create-invite-about" className="text-sm text-text-muted">
            {t("admin.create.inviteAbout")}
          </p>
        </div>
      </div>
    </TraitForm>
  );
}
