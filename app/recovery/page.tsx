import type { Metadata } from "next";
import { RecoveryView } from "@/components/auth/recovery-view";
import { kratosPage } from "@/lib/http/page";
import { t } from "@/lib/i18n/catalogue";
import { loadFlow } from "@/lib/kratos/load-flow";

export const metadata: Metadata = { title: t("recovery.title") };

export default kratosPage("/recovery", async (query) => <RecoveryView flow={await loadFlow("recovery", query)} />);
