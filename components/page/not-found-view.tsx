import { t } from "@/lib/i18n/catalogue";
import { ErrorView } from "./error-view";

/** The not-found page's body: for unknown addresses (app/not-found.tsx) and pages that hide themselves (kratosPage). */
export function NotFoundView() {
  return <ErrorView title={t("error.notFound.title")} message={t("error.notFound.body")} />;
}
