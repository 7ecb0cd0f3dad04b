import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { isKnownErrorId, offersSignIn } from "@/lib/kratos/errors";
import { ProblemView } from "./problem-view";
import { appPath } from "@/lib/http/app-path";
import { startPath } from "@/lib/http/start-path";

/** Text we did not write, and who wrote it: the address that sent the person here, or Kratos. */
export type QuotedDetails = { source: "caller" | "kratos"; text: string };

type Props = { title?: string; message: string; details?: QuotedDetails; reference?: string; errorId?: string; app?: string };

/** Long enough for any real explanation, too short to stage a convincing fake page. */
export const MAX_QUOTED_DETAILS = 200;

const DETAILS_LABEL: Record<QuotedDetails["source"], UiMessageKey> = {
  caller: "error.detailsFromCaller",
  kratos: "error.detailsFromKratos",
};

/** The error page body, always with a way on. */
export function ErrorView({ title = t("error.title"), message, details, reference, errorId, app }: Props) {
  const action = offersSignIn(errorId)
    ? { href: appPath("/login"), label: t("error.signIn") }
    : { href: startPath(), label: t("error.back") };
  return (
    <ProblemView title={title} message={message} action={action}>
      {app && <p data-testid="error-app">{t("error.forApp", { app })}</p>}
      {details && <QuotedText details={details} />}
      {errorId && isKnownErrorId(errorId) && (
        // The error's id, so an integrator can look it up; only ids we know, never a caller's text.
        <p className="text-xs text-text-muted">
          {t("error.code")}: <code data-testid="error-id">{errorId}</code>
        </p>
      )}
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
