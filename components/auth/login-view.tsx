import { FlowForms } from "@/components/flow/flow-forms";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { linkToFlow } from "@/lib/kratos/flow-links";
import { findInput } from "@/lib/kratos/nodes";
import type { LoginFlow } from "@/lib/kratos/types";

export function loginTitle(flow: LoginFlow): string {
  if (flow.requested_aal === "aal2") return t("login.aal2Title");
  if (flow.refresh) return t("login.refreshTitle");
  return t("login.title");
}

export function LoginView({ flow }: { flow: LoginFlow }) {
  const firstFactor = !flow.refresh && flow.requested_aal !== "aal2";
  const offersPassword = flow.ui.nodes.some((node) => node.group === "password");
  // A confirmation (refresh) keeps the account as a hidden field; the person should still see whose it is.
  const confirming = flow.refresh ? findInput(flow.ui.nodes, "identifier")?.attributes.value : undefined;
  return (
    <PageShell
      title={loginTitle(flow)}
      intro={typeof confirming === "string" && confirming ? t("login.refreshAs", { identifier: confirming }) : undefined}
      footer={
        firstFactor && (
          <>
            {offersPassword && (
              <p>
                <TextLink href={linkToFlow("recovery", flow)} data-testid="forgot-password-link">
                  {t("login.forgotPassword")}
                </TextLink>
              </p>
            )}
            <p>
              {t("login.noAccount")}{" "}
              <TextLink href={linkToFlow("registration", flow)} data-testid="signup-link">
                {t("login.createAccount")}
              </TextLink>
            </p>
          </>
        )
      }
    >
      <FlowForms ui={flow.ui} formTestId={(group) => (group === "password" ? "login-flow" : `login-flow-${group}`)} />
    </PageShell>
  );
}
