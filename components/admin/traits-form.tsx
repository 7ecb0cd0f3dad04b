"use client";

import { useActionState } from "react";
import { NodeView } from "@/components/flow/node-view";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TraitsState } from "@/app/admin/identities/[id]/actions";
import type { TraitField } from "@/lib/kratos/nodes/trait-fields";
import { t } from "@/lib/i18n/catalogue";

type Props = {
  identityId: string;
  initial: TraitsState;
  fields: Readonly<Record<string, TraitField>>;
  action: (state: TraitsState, formData: FormData) => Promise<TraitsState>;
};

/**
 * The identity's traits with the settings page's own controls. Kratos validates
 * them; its messages come back at their fields with what the admin typed (the
 * form's state also works without JavaScript: the page is rendered again).
 */
export function TraitsForm({ identityId, initial, fields, action }: Props) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="identity-traits" data-testid="admin-traits">
      <input type="hidden" name="identity_id" value={identityId} />
      {state.saved && <Alert tone="success">{t("admin.traits.saved")}</Alert>}
      {state.problems.map((problem) => (
        <Alert key={problem} tone="error">
          {problem}
        </Alert>
      ))}
      {state.nodes.map((node) => {
        const name = node.attributes.node_type === "input" ? node.attributes.name : "";
        return <NodeView key={name} node={node} field={fields[name]} />;
      })}
      <Button type="submit" className="sm:w-auto">
        {t("admin.traits.save")}
      </Button>
    </form>
  );
}
