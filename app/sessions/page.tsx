import type { Metadata } from "next";
import { SessionsView } from "@/components/account/sessions-view";
import { sessionsNotice } from "@/lib/account/sessions-notice";
import { kratosPage } from "@/lib/http/page";
import { t } from "@/lib/i18n/catalogue";
import { loadMySessions } from "@/lib/kratos/my-sessions";
import { signOutOtherSessions, signOutSession } from "./actions";

export const metadata: Metadata = { title: t("sessions.title") };

export default kratosPage("/sessions", async (query) => (
  <SessionsView
    {...await loadMySessions()}
    notice={sessionsNotice(query)}
    actions={{ signOutSession, signOutOtherSessions }}
  />
));
