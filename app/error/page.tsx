import { ErrorView, type QuotedDetails } from "@/components/page/error-view";
import { kratosPage } from "@/components/page/kratos-page";
import { firstParam } from "@/lib/http/query";
import { setResponseStatus } from "@/lib/http/request-context";
import { t } from "@/lib/i18n/catalogue";
import { titled } from "@/lib/i18n/page-title";
import { messageForErrorId, statusForErrorId } from "@/lib/kratos/errors";
import { fetchFlowError } from "@/lib/kratos/flows";

export const generateMetadata = titled("error.title");

/**
 * Three ways in: ?id= (an error Kratos stored, e.g. stub:500), ?error=<id> (an
 * error this UI mapped), and OAuth2-style ?error=&error_description=.
 *
 * The message is always our own wording. Text we did not write (a caller's
 * error_description, Kratos's reason for a client error) is shown only as a
 * quotation with its source named; a server error's reason is logged, never
 * shown, as it can name internal hosts.
 */
export default kratosPage("/error", async (query) => {
  const id = firstParam(query, "id");
  if (id) {
    const stored = await fetchFlowError(id);
    if (!stored) {
      setResponseStatus(404);
      return <ErrorView message={t("error.errorNotFound")} />;
    }
    const { reference, code, id: errorId, reason } = stored;
    const status = code && code >= 400 && code < 600 ? code : 500;
    setResponseStatus(status);
    if (status >= 500) {
      console.warn(JSON.stringify({ level: "warn", msg: "Kratos reported a server error", reference, reason: reason?.slice(0, 500) }));
      return <ErrorView message={messageForErrorId(errorId, t("error.server"))} reference={reference} errorId={errorId} />;
    }
    const details: QuotedDetails | undefined = reason ? { source: "kratos", text: reason } : undefined;
    return <ErrorView message={messageForErrorId(errorId)} details={details} reference={reference} errorId={errorId} />;
  }
  const errorId = firstParam(query, "error");
  if (!errorId) {
    setResponseStatus(400);
    return <ErrorView message={t("error.unknown")} />;
  }
  // Hydra adds a hint for developers to its description; both are the caller's words.
  const description = [firstParam(query, "error_description"), firstParam(query, "error_hint")].filter(Boolean).join(" ");
  setResponseStatus(statusForErrorId(errorId));
  return (
    <ErrorView
      message={messageForErrorId(errorId)}
      details={description ? { source: "caller", text: description } : undefined}
      errorId={errorId}
    />
  );
});
