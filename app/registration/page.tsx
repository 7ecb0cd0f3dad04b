import { RegistrationView } from "@/components/auth/registration-view";
import { kratosPage } from "@/components/page/kratos-page";
import { titled } from "@/lib/i18n/page-title";
import { loadFlow } from "@/lib/kratos/flows";

export const generateMetadata = titled("registration.title");

export default kratosPage("/registration", async (query) => <RegistrationView flow={await loadFlow("registration", query)} />);
