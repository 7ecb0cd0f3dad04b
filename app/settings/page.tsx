import { SettingsView } from "@/components/account/settings-view";
import { kratosPage } from "@/components/page/kratos-page";
import { titled } from "@/lib/i18n/page-title";
import { loadSettings } from "@/lib/kratos/account";
import { deletionMode } from "@/lib/account/deletion";

export const generateMetadata = titled("settings.title");

export default kratosPage("/settings", async (query) => <SettingsView {...await loadSettings(query)} deletion={deletionMode()} />);
