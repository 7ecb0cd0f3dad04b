import { FlowForms } from "@/components/flow/flow-forms";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { linkToFlow } from "@/lib/kratos/flow-links";
import type { RecoveryFlow } from "@/lib/kratos/types";

export function RecoveryView({ flow }: { flow: RecoveryFlow }) {
  return (
    <PageShell
      title={t("recovery.title")}
      footer={
        <p>
          <TextLink href={linkToFlow("login", flow)}>{t("backToSignIn")}</TextLink>
        </p>
      }
    >
      <FlowForms ui={flow.ui} formTestId={(group) => `recovery-flow-${group}`} />
    </PageShell>
  );
}
