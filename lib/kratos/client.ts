import "server-only";
import createClient, { type Client } from "openapi-fetch";
import { headers } from "next/headers";
import { cache } from "react";
import { config } from "@/lib/config";
import { currentRequestContext } from "@/lib/http/request-context";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { paths } from "./api";
import { boundedFetch } from "./bounded-fetch";
import { restoreKratosCookies } from "./cookie-header";
import { KratosUnavailableError } from "./errors";

export type KratosClient = Client<paths>;

/**
 * A Kratos client bound to one incoming request. It is created per request and
 * never stored: it carries that person's cookies.
 */
export function createKratosClient(incoming: Headers): KratosClient {
  const { kratosPublicUrl, kratosTimeoutMs } = config();
  const context = currentRequestContext();
  // Kratos logs this header, so its log lines can be matched with ours.
  const forwarded: Record<string, string> = {
    accept: "application/json",
    ...(context && { "x-request-id": context.requestId, traceparent: context.trace.traceparent }),
  };
  const cookie = incoming.get("cookie");
  if (cookie) forwarded.cookie = restoreKratosCookies(cookie);
  // The page's language, so Kratos's own texts (and mails) can follow it.
  forwarded["accept-language"] = requestLocale();
  return createClient<paths>({
    baseUrl: kratosPublicUrl.href.replace(/\/$/, ""),
    headers: forwarded,
    cache: "no-store",
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      const started = performance.now();
      const record = (status: number): void => {
        context?.kratosCalls.push({ path, status, ms: Math.round(performance.now() - started) });
      };
      let response: Response;
      try {
        response = await boundedFetch(request, kratosTimeoutMs);
      } catch (cause) {
        record(0);
        throw new KratosUnavailableError(cause, path);
      }
      record(response.status);
      // Something other than Kratos (a proxy's error page, a wrong URL) is as good as no Kratos.
      if (response.status !== 204 && !response.headers.get("content-type")?.includes("json")) {
        throw new KratosUnavailableError(new Error(`non-JSON answer with status ${response.status}`), path);
      }
      return response;
    },
  });
}

/**
 * The Kratos client for the request being rendered: made once per request
 * (React's cache lasts one server render), never shared between requests.
 */
export const kratos = cache(async (): Promise<KratosClient> => createKratosClient(await headers()));
