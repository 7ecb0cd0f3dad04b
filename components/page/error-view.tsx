import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { ProblemView } from "./problem-view";

type Props = { title?: string; message: string; reference?: string; errorId?: string };

/** Errors that only signing in resolves: the way on is the sign-in page, not home. */
const SIGN_IN_ERROR_IDS = new Set(["session_aal1_required", "session_inactive"]);

/** The error page body, always with a way on. */
export function ErrorView({ title = t("error.title"), message, reference, errorId }: Props) {
  const action =
    errorId && SIGN_IN_ERROR_IDS.has(errorId) ? { href: "/login", label: t("error.signIn") } : { href: "/", label: t("error.back") };
  return (
    <ProblemView title={title} message={message} action={action}>
      {reference && (
        <p className="text-xs text-text-muted">
          {t("error.reference")}: <code data-testid="error-reference">{reference}</code>
        </p>
      )}
    </ProblemView>
  );
}

/** Our wording for a known error id, or the fallback (the generic text unless given). */
export function messageForErrorId(id: string | undefined, fallback: string = t("error.unknown")): string {
  if (!id) return fallback;
  const key = `error.${id}` as UiMessageKey;
  const text = t(key);
  return text === key ? fallback : text;
}
