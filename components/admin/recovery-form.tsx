"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RecoveryState } from "@/app/admin/identities/[id]/actions";
import { t } from "@/lib/i18n/catalogue";
import { formatTime } from "@/lib/i18n/format-time";

type Props = { identityId: string; action: (state: RecoveryState, formData: FormData) => Promise<RecoveryState> };

/** Creates a recovery code and link, and shows them this once: they are never stored or shown again. */
export function RecoveryForm({ identityId, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="identity-recovery">
      <input type="hidden" name="identity_id" value={identityId} />
      {state.failed && <Alert tone="error">{t("admin.notice.failed")}</Alert>}
      {state.code && state.link && (
        <div className="space-y-2 rounded-lg border border-border p-3 text-sm" data-testid="admin-recovery-result">
          <p>
            {t("admin.recovery.code")} <code className="font-mono text-base font-semibold">{state.code}</code>
          </p>
          <p className="break-all">
            {t("admin.recovery.link")} <code className="font-mono">{state.link}</code>
          </p>
          {state.expiresAt && <p className="text-text-muted">{t("admin.recovery.expires", { time: formatTime(state.expiresAt) })}</p>}
          <p className="text-text-muted">{t("admin.recovery.once")}</p>
        </div>
      )}
      <Button type="submit" variant="secondary" className="sm:w-auto">
        {t("admin.recovery.create")}
      </Button>
    </form>
  );
}
