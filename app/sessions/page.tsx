import type { Metadata } from "next";
import { SessionsView } from "@/components/account/sessions-view";
import { SESSIONS_PATH, sessionsNotice } from "@/lib/account/sessions-notice";
import { kratosPage } from "@/components/page/kratos-page";
import { t } from "@/lib/i18n/catalogue";
import { loadMySessions } from "@/lib/kratos/account";
import { signOutOtherSessions, signOutSession } from "./actions";

export const metadata: Metadata = { title: t("sessions.title") };

export default kratosPage("/sessions", async (query) => (
  <SessionsView
    {...await loadMySessions(SESSIONS_PATH)}
    notice={sessionsNotice(query)}
    actions={{ signOutSession, signOutOtherSessions }}
  />
));
