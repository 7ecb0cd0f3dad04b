import type { ReactNode } from "react";
import { FlowForms } from "@/components/flow/flow-forms";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import { t } from "@/lib/i18n/catalogue";
import { linkToFlow, logoutLink } from "@/lib/kratos/urls";
import type { LoginFlow } from "@/lib/kratos/types";
import { hiddenIdentifier } from "@/lib/kratos/nodes/nodes";
import { isFirstFactor, loginTitle, withoutRedundantMessages } from "./login-step";
import { ForApp } from "@/components/oauth2/for-app";

/** `account`: who is signing in, when the flow itself does not say (a second step). */
export function LoginView({ flow, account }: { flow: LoginFlow; account?: string }) {
  const firstFactor = isFirstFactor(flow);
  const offersPassword = flow.ui.nodes.some((node) => node.group === "password");
  return (
    <PageShell
      title={loginTitle(flow)}
      intro={loginIntro(flow, account)}
      footer={
        firstFactor ? (
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
        ) : (
          <p>
            {t("login.notYou")}{" "}
            <TextLink href={logoutLink(flow)} data-testid="logout">
              {t("login.signOut")}
            </TextLink>
          </p>
        )
      }
    >
      <ForApp flow={flow} />
      <FlowForms
        ui={withoutRedundantMessages(flow)}
        formTestId={(group) => (group === "password" ? "login-flow" : `login-flow-${group}`)}
      />
    </PageShell>
  );
}

/** Whose account this is, when Kratos keeps it hidden; on a first factor, also a way to switch account. */
function loginIntro(flow: LoginFlow, account?: string): ReactNode {
  const identifier = hiddenIdentifier(flow.ui.nodes) ?? account;
  if (!identifier) return undefined;
  if (!isFirstFactor(flow)) {
    // Kratos also sets `refresh` on an app's second step; that is still signing in.
    const appSecondStep = flow.requested_aal === "aal2" && Boolean(flow.oauth2_login_request);
    return flow.refresh && !appSecondStep ? t("login.refreshAs", { identifier }) : t("login.signingInAs", { identifier });
  }
  return (
    <div className="space-y-1" data-testid="login-account">
      <p>{flow.state === "sent_email" ? t("checkEmail.codeTo", { address: identifier }) : t("login.signingInAs", { identifier })}</p>
      <p>
        {t("login.notYou")}{" "}
        <TextLink href={linkToFlow("login", flow)} data-testid="use-another-account">
          {t("login.useAnotherAccount")}
        </TextLink>
      </p>
    </div>
  );
}
