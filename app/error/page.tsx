import type { Metadata } from "next";
import { ErrorView, messageForErrorId } from "@/components/page/error-view";
import { kratosPage } from "@/lib/http/page";
import { firstParam } from "@/lib/http/query";
import { setResponseStatus } from "@/lib/http/request-context";
import { t } from "@/lib/i18n/catalogue";
import { statusForErrorId } from "@/lib/kratos/error-ids";
import { fetchFlowError } from "@/lib/kratos/flow-error";

export const metadata: Metadata = { title: t("error.title") };

const MAX_DESCRIPTION = 300;

/**
 * Three ways in: ?id= (an error Kratos stored, e.g. stub:500), ?error=<id> (an
 * error this UI mapped), and OAuth2-style ?error=&error_description=.
 */
export default kratosPage("/error", async (query) => {
  const id = firstParam(query, "id");
  if (id) {
    const stored = await fetchFlowError(id);
    if (!stored) {
      setResponseStatus(404);
      return <ErrorView message={t("error.errorNotFound")} />;
    }
    const { error } = stored;
    setResponseStatus(error?.code && error.code >= 400 && error.code < 600 ? error.code : 500);
    // Kratos's own reason is English only and written for developers; a known id
    // gets the catalogue's wording.
    const message = messageForErrorId(error?.id, error?.reason || error?.message || t("error.unknown"));
    return <ErrorView message={message} reference={stored.id} errorId={error?.id} />;
  }
  const errorId = firstParam(query, "error");
  if (!errorId) {
    setResponseStatus(400);
    return <ErrorView message={t("error.unknown")} />;
  }
  const description = firstParam(query, "error_description")?.slice(0, MAX_DESCRIPTION);
  setResponseStatus(statusForErrorId(errorId));
  return <ErrorView message={messageForErrorId(errorId, description)} errorId={errorId} />;
});
