import type { Metadata } from "next";
import { SettingsView } from "@/components/account/settings-view";
import { kratosPage } from "@/lib/http/page";
import { t } from "@/lib/i18n/catalogue";
import { loadSettings } from "@/lib/kratos/settings";

export const metadata: Metadata = { title: t("settings.title") };

export default kratosPage("/settings", async (query) => <SettingsView {...await loadSettings(query)} />);
