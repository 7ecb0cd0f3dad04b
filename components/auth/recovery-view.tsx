import { t } from "@/lib/i18n/catalogue";
import { linkToFlow } from "@/lib/kratos/urls";
import type { RecoveryFlow } from "@/lib/kratos/types";
import { checkEmailCopy, mailsLink, type StepCopy } from "./mail-step";
import { MailStepPage } from "./mail-step-page";

/** Heading and intro for the step the person is at. Success never renders here: Kratos sends them to settings. */
export function recoveryCopy(flow: RecoveryFlow): StepCopy {
  if (flow.state === "sent_email") return checkEmailCopy(flow);
  return { title: t("recovery.title"), intro: t(mailsLink(flow) ? "recovery.intro.link" : "recovery.intro.code") };
}

export function RecoveryView({ flow }: { flow: RecoveryFlow }) {
  return (
    <MailStepPage
      copy={recoveryCopy(flow)}
      ui={flow.ui}
      formTestIdPrefix="recovery-flow"
      back={{ href: linkToFlow("login", flow), label: t("backToSignIn"), testId: "back-to-login" }}
    />
  );
}
