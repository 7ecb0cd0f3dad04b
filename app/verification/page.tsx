import type { Metadata } from "next";
import { VerificationView } from "@/components/auth/verification-view";
import { kratosPage } from "@/lib/http/page";
import { t } from "@/lib/i18n/catalogue";
import { loadFlow } from "@/lib/kratos/load-flow";
import { verificationNotice } from "@/lib/kratos/verification-notice";

export const metadata: Metadata = { title: t("verification.title") };

export default kratosPage("/verification", async (query) => {
  const flow = await loadFlow("verification", query);
  return <VerificationView flow={flow} notice={await verificationNotice(flow)} />;
});
