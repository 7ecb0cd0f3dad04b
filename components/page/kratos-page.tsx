import type { ReactNode } from "react";
import { appPath } from "@/lib/http/app-path";
import type { QueryParams } from "@/lib/http/query";
import { isNotFoundSignal } from "@/lib/http/not-found-signal";
import { setResponseStatus } from "@/lib/http/request-context";
import { isKratosRefusal, isKratosUnavailable, messageForErrorId } from "@/lib/kratos/errors";
import { ErrorView } from "./error-view";
import { NotFoundView } from "./not-found-view";
import { UnavailableView } from "./unavailable-view";

export type PageProps = { searchParams: Promise<QueryParams> };

/**
 * Wraps a page that talks to Kratos. When Kratos refuses in a way a new flow
 * cannot fix, the person gets the error page with the status decided in
 * lib/kratos/errors.ts; when Kratos is down or too slow, the "unavailable" page
 * (503/504) instead of a crash. A page that hides itself with notFound() gets
 * the not-found page in its HTML, with 404 (see lib/http/not-found-signal.ts).
 * Everything else, including Next's redirect signals, passes through untouched. `route` is the page's own path, for the
 * "try again" link.
 */
export function kratosPage(route: string, render: (query: QueryParams) => Promise<ReactNode>) {
  return async function KratosPage({ searchParams }: PageProps): Promise<ReactNode> {
    const query = await searchParams;
    try {
      return await render(query);
    } catch (error) {
      if (isNotFoundSignal(error)) {
        setResponseStatus(404);
        return <NotFoundView />;
      }
      if (isKratosRefusal(error)) {
        setResponseStatus(error.status);
        return <ErrorView message={messageForErrorId(error.errorId)} errorId={error.errorId} app={error.app} />;
      }
      if (!isKratosUnavailable(error)) throw error;
      console.warn(JSON.stringify({ level: "warn", msg: error.message, route }));
      setResponseStatus(error.timedOut ? 504 : 503);
      return <UnavailableView timedOut={error.timedOut} retryHref={retryHref(route, query)} />;
    }
  };
}

function retryHref(route: string, query: QueryParams): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === "string") params.set(name, value);
  }
  const search = params.toString();
  return appPath(search ? `${route}?${search}` : route);
}
