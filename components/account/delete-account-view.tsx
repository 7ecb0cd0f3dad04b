import { PageShell } from "@/components/page/page-shell";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TextLink } from "@/components/ui/text-link";
import type { DeletionMode } from "@/lib/account/deletion";
import { appPath } from "@/lib/http/app-path";
import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";

type Props = {
  mode: DeletionMode;
  identifier: string;
  /** Why the last attempt did not go through: the typed identifier did not match, or Kratos failed. */
  problem?: "confirm" | "failed";
  action: (formData: FormData) => Promise<void>;
};

const TEXTS: Record<DeletionMode, { title: UiMessageKey; explain: UiMessageKey; submit: UiMessageKey }> = {
  delete: { title: "deletion.title.delete", explain: "deletion.explain.delete", submit: "deletion.submit.delete" },
  deactivate: { title: "deletion.title.deactivate", explain: "deletion.explain.deactivate", submit: "deletion.submit.deactivate" },
};

/** Leaving for good: what happens, and a typed confirmation of the account's identifier. */
export function DeleteAccountView({ mode, identifier, problem, action }: Props) {
  const texts = TEXTS[mode];
  return (
    <PageShell
      title={t(texts.title)}
      footer={
        <p>
          <TextLink href={appPath("/settings")}>{t("deletion.cancel")}</TextLink>
        </p>
      }
    >
      <form action={action} className="space-y-4" aria-labelledby="page-title">
        <p>{t(texts.explain, { identifier })}</p>
        {problem === "failed" && <Alert tone="error">{t("deletion.failed")}</Alert>}
        <div className="space-y-1">
          <Label htmlFor="delete-confirm">{t("deletion.confirmLabel", { identifier })}</Label>
          <Input
            id="delete-confirm"
            name="confirm"
            type="text"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={problem === "confirm" || undefined}
            aria-describedby={problem === "confirm" ? "delete-confirm-error" : undefined}
          />
          {problem === "confirm" && (
            <p id="delete-confirm-error" className="mt-1 text-sm text-danger">
              {t("deletion.confirmMismatch")}
            </p>
          )}
        </div>
        <Button type="submit" variant="danger">
          {t(texts.submit)}
        </Button>
      </form>
    </PageShell>
  );
}
