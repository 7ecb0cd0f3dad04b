import { SessionsView } from "@/components/account/sessions-view";
import { SESSIONS_PATH, sessionsNotice } from "@/lib/account/sessions-notice";
import { kratosPage } from "@/components/page/kratos-page";
import { titled } from "@/lib/i18n/page-title";
import { loadMySessions } from "@/lib/kratos/account";
import { ConnectedApps } from "@/components/account/connected-apps";
import { config } from "@/lib/config";
import { listConnectedApps } from "@/lib/hydra/connected-apps";
import { removeApp, signOutOtherSessions, signOutSession } from "./actions";

export const generateMetadata = titled("sessions.title");

export default kratosPage("/sessions", async (query) => {
  const { current, others } = await loadMySessions(SESSIONS_PATH);
  const apps = config().hydraAdminUrl && current.identity ? await listConnectedApps(current.identity.id) : undefined;
  return (
    <SessionsView
      current={current}
      others={others}
      notice={sessionsNotice(query)}
      actions={{ signOutSession, signOutOtherSessions }}
      apps={apps && <ConnectedApps apps={apps} removeApp={removeApp} />}
    />
  );
});
