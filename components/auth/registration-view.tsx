import { FlowForms } from "@/components/flow/flow-forms";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { linkToFlow } from "@/lib/kratos/flow-links";
import type { RegistrationFlow } from "@/lib/kratos/types";

export function RegistrationView({ flow }: { flow: RegistrationFlow }) {
  return (
    <PageShell
      title={t("registration.title")}
      footer={
        <p>
          {t("registration.haveAccount")}{" "}
          <TextLink href={linkToFlow("login", flow)} data-testid="cta-link">
            {t("registration.signIn")}
          </TextLink>
        </p>
      }
    >
      <FlowForms
        ui={flow.ui}
        formTestId={(group) => (group === "password" ? "registration-flow" : `registration-flow-${group}`)}
      />
    </PageShell>
  );
}
