import type { Metadata } from "next";
import { RecoveryView } from "@/components/auth/recovery-view";
import { kratosPage } from "@/components/page/kratos-page";
import { t } from "@/lib/i18n/catalogue";
import { loadFlow } from "@/lib/kratos/flows";

export const metadata: Metadata = { title: t("recovery.title") };

export default kratosPage("/recovery", async (query) => <RecoveryView flow={await loadFlow("recovery", query)} />);
