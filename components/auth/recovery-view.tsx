import { FlowForms } from "@/components/flow/flow-forms";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { linkToFlow } from "@/lib/kratos/flow-links";
import type { RecoveryFlow } from "@/lib/kratos/types";
import { checkEmailCopy, mailsLink, type StepCopy } from "./mail-step";

/** Heading and intro for the step the person is at. Success never renders here: Kratos sends them to settings. */
export function recoveryCopy(flow: RecoveryFlow): StepCopy {
  if (flow.state === "sent_email") return checkEmailCopy(flow);
  return { title: t("recovery.title"), intro: t(mailsLink(flow) ? "recovery.intro.link" : "recovery.intro.code") };
}

export function RecoveryView({ flow }: { flow: RecoveryFlow }) {
  const { title, intro } = recoveryCopy(flow);
  return (
    <PageShell
      title={title}
      intro={intro}
      footer={
        <p>
          <TextLink href={linkToFlow("login", flow)} data-testid="back-to-login">
            {t("backToSignIn")}
          </TextLink>
        </p>
      }
    >
      <FlowForms ui={flow.ui} formTestId={(group) => `recovery-flow-${group}`} />
    </PageShell>
  );
}
