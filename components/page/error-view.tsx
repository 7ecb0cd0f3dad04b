import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { ProblemView } from "./problem-view";

type Props = { title?: string; message: string; reference?: string };

/** The error page body, always with a way back. */
export function ErrorView({ title = t("error.title"), message, reference }: Props) {
  return (
    <ProblemView title={title} message={message} action={{ href: "/", label: t("error.back") }}>
      {reference && (
        <p className="text-xs text-text-muted">
          {t("error.reference")}: <code data-testid="error-reference">{reference}</code>
        </p>
      )}
    </ProblemView>
  );
}

/** Our wording for a known error id, or the generic text. */
export function messageForErrorId(id: string): string {
  const key = `error.${id}` as UiMessageKey;
  const text = t(key);
  return text === key ? t("error.unknown") : text;
}
