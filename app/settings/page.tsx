import type { Metadata } from "next";
import { SettingsView } from "@/components/account/settings-view";
import { kratosPage } from "@/components/page/kratos-page";
import { t } from "@/lib/i18n/catalogue";
import { loadSettings } from "@/lib/kratos/account";
import { deletionMode } from "@/lib/account/deletion";

export const metadata: Metadata = { title: t("settings.title") };

export default kratosPage("/settings", async (query) => <SettingsView {...await loadSettings(query)} deletion={deletionMode()} />);
