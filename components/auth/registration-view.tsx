import { FlowForms } from "@/components/flow/flow-forms";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { linkToFlow } from "@/lib/kratos/urls";
import { asksForMissingTraits } from "@/lib/kratos/nodes/providers";
import type { RegistrationFlow } from "@/lib/kratos/types";
import { ForApp } from "@/components/oauth2/for-app";

export function RegistrationView({ flow }: { flow: RegistrationFlow }) {
  // Once the code is sent, Kratos keeps the details as hidden fields and refuses changed ones: a new flow is the way back.
  const codeSent = flow.state === "sent_email";
  const completingSocial = asksForMissingTraits(flow.ui.nodes);
  return (
    <PageShell
      title={t(codeSent ? "checkEmail.title" : "registration.title")}
      intro={
        completingSocial
          ? t("registration.completeSocial")
          : codeSent && (
              <div className="space-y-1">
                <p>{t("checkEmail.code")}</p>
                <p>
                  {t("registration.wrongDetails")}{" "}
                  <TextLink href={linkToFlow("registration", flow)} data-testid="registration-start-again">
                    {t("registration.startAgain")}
                  </TextLink>
                </p>
              </div>
            )
      }
      footer={
        <p>
          {t("registration.haveAccount")}{" "}
          <TextLink href={linkToFlow("login", flow)} data-testid="cta-link">
            {t("registration.signIn")}
          </TextLink>
        </p>
      }
    >
      <ForApp flow={flow} />
      <FlowForms ui={flow.ui} formTestId={(group) => (group === "password" ? "registration-flow" : `registration-flow-${group}`)} />
    </PageShell>
  );
}
