import { redirect } from "next/navigation";
import { LoginView } from "@/components/auth/login-view";
import { kratosPage } from "@/components/page/kratos-page";
import { titled } from "@/lib/i18n/page-title";
import { loadFlow } from "@/lib/kratos/flows";
import { secondStepAccount } from "@/lib/kratos/session";
import { needsVerification, verificationRequiredPath } from "@/lib/kratos/verification-notice";

export const generateMetadata = titled("login.title");

export default kratosPage("/login", async (query) => {
  const flow = await loadFlow("login", query);
  if (needsVerification(flow)) redirect(verificationRequiredPath(flow));
  const account = flow.requested_aal === "aal2" ? await secondStepAccount(flow) : undefined;
  return <LoginView flow={flow} account={account} />;
});
