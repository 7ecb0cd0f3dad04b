import type { Metadata } from "next";
import { RegistrationView } from "@/components/auth/registration-view";
import { kratosPage } from "@/components/page/kratos-page";
import { t } from "@/lib/i18n/catalogue";
import { loadFlow } from "@/lib/kratos/flows";

export const metadata: Metadata = { title: t("registration.title") };

export default kratosPage("/registration", async (query) => <RegistrationView flow={await loadFlow("registration", query)} />);
