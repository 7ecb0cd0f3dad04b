import type { Metadata } from "next";
import { cookies } from "next/headers";
import { VerificationView } from "@/components/auth/verification-view";
import { kratosPage } from "@/components/page/kratos-page";
import { t } from "@/lib/i18n/catalogue";
import { loadFlow } from "@/lib/kratos/flows";
import { NOTICE_COOKIE, noticeFor } from "@/lib/kratos/verification-notice";

export const metadata: Metadata = { title: t("verification.title") };

export default kratosPage("/verification", async (query) => {
  const flow = await loadFlow("verification", query);
  const notice = noticeFor(flow, (await cookies()).get(NOTICE_COOKIE)?.value);
  return <VerificationView flow={flow} notice={notice} />;
});
