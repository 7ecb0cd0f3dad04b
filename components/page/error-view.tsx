import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { ProblemView } from "./problem-view";
import { appPath } from "@/lib/http/app-path";

/** Text we did not write, and who wrote it: the address that sent the person here, or Kratos. */
export type QuotedDetails = { source: "caller" | "kratos"; text: string };

type Props = { title?: string; message: string; details?: QuotedDetails; reference?: string; errorId?: string };

/** Errors that only signing in resolves: the way on is the sign-in page, not home. */
const SIGN_IN_ERROR_IDS = new Set(["session_aal1_required", "session_inactive"]);

/** Long enough for any real explanation, too short to stage a convincing fake page. */
export const MAX_QUOTED_DETAILS = 200;

const DETAILS_LABEL: Record<QuotedDetails["source"], UiMessageKey> = {
  caller: "error.detailsFromCaller",
  kratos: "error.detailsFromKratos",
};

/** The error page body, always with a way on. */
export function ErrorView({ title = t("error.title"), message, details, reference, errorId }: Props) {
  const action =
    errorId && SIGN_IN_ERROR_IDS.has(errorId) ? { href: appPath("/login"), label: t("error.signIn") } : { href: appPath("/"), label: t("error.back") };
  return (
    <ProblemView title={title} message={message} action={action}>
      {details && <QuotedText details={details} />}
      {reference && (
        <p className="text-xs text-text-muted">
          {t("error.reference")}: <code data-testid="error-reference">{reference}</code>
        </p>
      )}
    </ProblemView>
  );
}

function QuotedText({ details }: { details: QuotedDetails }) {
  const text = details.text.length > MAX_QUOTED_DETAILS ? `${details.text.slice(0, MAX_QUOTED_DETAILS)}…` : details.text;
  return (
    <figure className="border-s-4 border-border ps-3 text-sm text-text-muted" data-testid="error-details">
      <figcaption>{t(DETAILS_LABEL[details.source])}</figcaption>
      <blockquote>
        <q>{text}</q>
      </blockquote>
    </figure>
  );
}

/** Our wording for a known error id, or the fallback (the generic text unless given). */
export function messageForErrorId(id: string | undefined, fallback: string = t("error.unknown")): string {
  if (!id) return fallback;
  const key = `error.${id}` as UiMessageKey;
  const text = t(key);
  return text === key ? fallback : text;
}
