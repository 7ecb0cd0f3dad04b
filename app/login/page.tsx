import type { Metadata } from "next";
import { LoginView } from "@/components/auth/login-view";
import { kratosPage } from "@/lib/http/page";
import { t } from "@/lib/i18n/catalogue";
import { loadFlow } from "@/lib/kratos/load-flow";

export const metadata: Metadata = { title: t("login.title") };

export default kratosPage("/login", async (query) => <LoginView flow={await loadFlow("login", query)} />);
