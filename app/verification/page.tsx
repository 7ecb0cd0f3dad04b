import { cookies } from "next/headers";
import { VerificationView } from "@/components/auth/verification-view";
import { kratosPage } from "@/components/page/kratos-page";
import { titled } from "@/lib/i18n/page-title";
import { loadFlow } from "@/lib/kratos/flows";
import { NOTICE_COOKIE, noticeFor } from "@/lib/kratos/verification-notice";

export const generateMetadata = titled("verification.title");

export default kratosPage("/verification", async (query) => {
  const flow = await loadFlow("verification", query);
  const notice = noticeFor(flow, (await cookies()).get(NOTICE_COOKIE)?.value);
  return <VerificationView flow={flow} notice={notice} />;
});
