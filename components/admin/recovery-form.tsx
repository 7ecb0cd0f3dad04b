"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RecoveryState } from "@/app/admin/identities/[id]/actions";

/** The recovery form's texts in the page's language, chosen on the server (the catalogue stays there). */
export type RecoveryTexts = { create: string; code: string; link: string; once: string; failed: string };

type Props = {
  identityId: string;
  texts: RecoveryTexts;
  action: (state: RecoveryState, formData: FormData) => Promise<RecoveryState>;
};

/** Creates a recovery code and link, and shows them this once: they are never stored or shown again. */
export function RecoveryForm({ identityId, texts, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="identity-recovery">
      <input type="hidden" name="identity_id" value={identityId} />
      {state.failed && <Alert tone="error">{texts.failed}</Alert>}
      {state.code && state.link && (
        <div className="space-y-2 rounded-lg border border-border p-3 text-sm" data-testid="admin-recovery-result">
          <p>
            {texts.code} <code className="font-mono text-base font-semibold">{state.code}</code>
          </p>
          <p className="break-all">
            {texts.link} <code className="font-mono">{state.link}</code>
          </p>
          {state.validUntil && <p className="text-text-muted">{state.validUntil}</p>}
          <p className="text-text-muted">{texts.once}</p>
        </div>
      )}
      <Button type="submit" variant="secondary" className="sm:w-auto">
        {texts.create}
      </Button>
    </form>
  );
}
