import { t } from "@/lib/i18n/catalogue";
import { ProblemView } from "./problem-view";

/** Shown instead of a page when Kratos cannot be reached; reloading is all it takes once Kratos is back. */
export function UnavailableView({ timedOut, retryHref }: { timedOut: boolean; retryHref: string }) {
  return (
    <ProblemView
      title={t("unavailable.title")}
      message={t(timedOut ? "unavailable.timeout" : "unavailable.body")}
      action={{ href: retryHref, label: t("unavailable.retry") }}
    />
  );
}
