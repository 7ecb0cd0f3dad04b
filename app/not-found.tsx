import { ErrorView } from "@/components/page/error-view";
import { t } from "@/lib/i18n/catalogue";

export default function NotFound() {
  return <ErrorView title={t("error.notFound.title")} message={t("error.notFound.body")} />;
}
