import { t } from "@/lib/i18n/catalogue";
import type { UiText, VerificationFlow } from "@/lib/kratos/types";
import { checkEmailCopy, mailsLink, type StepCopy } from "./mail-step";
import { MailStepPage } from "./mail-step-page";

/** Heading and intro for the step the person is at; on success Kratos's message and "Continue" say it all. */
export function verificationCopy(flow: VerificationFlow): StepCopy {
  if (flow.state === "passed_challenge") return { title: t("verification.doneTitle") };
  if (flow.state === "sent_email") return checkEmailCopy(flow);
  return { title: t("verification.title"), intro: t(mailsLink(flow) ? "verification.intro.link" : "verification.intro.code") };
}

type Props = {
  flow: VerificationFlow;
  /** Why the person was sent here (e.g. a sign-in that needs a verified address), shown with Kratos's messages. */
  notice?: UiText;
};

/** People arrive here signed in (after sign-up or a change in settings) or signed out, so the way back is the start page. */
export function VerificationView({ flow, notice }: Props) {
  const ui = notice ? { ...flow.ui, messages: [notice, ...(flow.ui.messages ?? [])] } : flow.ui;
  return (
    <MailStepPage
      copy={verificationCopy(flow)}
      ui={ui}
      formTestIdPrefix="verification-flow"
      back={{ href: "/", label: t("backToStart") }}
    />
  );
}
