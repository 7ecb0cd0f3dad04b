import type { ReactNode } from "react";
import { UnavailableView } from "@/components/page/unavailable-view";
import { isKratosUnavailable } from "@/lib/kratos/unavailable";
import { setResponseStatus } from "./request-context";
import type { QueryParams } from "./query";
import { appPath } from "./app-path";

export type PageProps = { searchParams: Promise<QueryParams> };

/**
 * Wraps a page that talks to Kratos: when Kratos is down or too slow the person
 * gets the "unavailable" page (503/504) instead of a crash. Everything else,
 * including Next's redirect signals, passes through untouched.
 */
export function kratosPage(route: string, render: (query: QueryParams) => Promise<ReactNode>) {
  return async function KratosPage({ searchParams }: PageProps): Promise<ReactNode> {
    const query = await searchParams;
    try {
      return await render(query);
    } catch (error) {
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
