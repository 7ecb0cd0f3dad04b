import { t } from "@/lib/i18n/catalogue";
import type { RecoveryFlow, VerificationFlow } from "@/lib/kratos/types";

export type StepCopy = { title: string; intro?: string };

/** Whether Kratos mails this flow a link to open rather than a code to type (flows.*.use). */
export function mailsLink(flow: RecoveryFlow | VerificationFlow): boolean {
  return flow.ui.nodes.some((node) => node.group === "link");
}

/** Once the mail is out, both flows ask the same of the person: go and read it. */
export function checkEmailCopy(flow: RecoveryFlow | VerificationFlow): StepCopy {
  return { title: t("checkEmail.title"), intro: t(mailsLink(flow) ? "checkEmail.link" : "checkEmail.code") };
}
