import { RecoveryView } from "@/components/auth/recovery-view";
import { kratosPage } from "@/components/page/kratos-page";
import { titled } from "@/lib/i18n/page-title";
import { loadFlow } from "@/lib/kratos/flows";

export const generateMetadata = titled("recovery.title");

export default kratosPage("/recovery", async (query) => <RecoveryView flow={await loadFlow("recovery", query)} />);
