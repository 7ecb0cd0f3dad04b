import { FlowForms } from "@/components/flow/flow-forms";
import { PageShell } from "@/components/page/page-shell";
import { t } from "@/lib/i18n/catalogue";
import type { VerificationFlow } from "@/lib/kratos/types";

export function VerificationView({ flow }: { flow: VerificationFlow }) {
  return (
    <PageShell title={t("verification.title")}>
      <FlowForms ui={flow.ui} formTestId={(group) => `verification-flow-${group}`} />
    </PageShell>
  );
}
