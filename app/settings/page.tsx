import type { Metadata } from "next";
import { SettingsView } from "@/components/account/settings-view";
import { kratosPage } from "@/lib/http/page";
import { t } from "@/lib/i18n/catalogue";
import { loadFlow } from "@/lib/kratos/load-flow";

export const metadata: Metadata = { title: t("settings.title") };

export default kratosPage("/settings", async (query) => <SettingsView flow={await loadFlow("settings", query)} />);
