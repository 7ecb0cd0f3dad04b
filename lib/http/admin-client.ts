import "server-only";
import createClient, { type Client } from "openapi-fetch";
import { currentRequestContext } from "@/lib/http/request-context";
import { boundedFetch } from "@/lib/kratos/bounded-fetch";
import { KratosUnavailableError } from "@/lib/kratos/errors";

type AdminClientOptions = {
  /** The admin API's base address. */
  baseUrl: URL;
  /** Prefix of the calls in the access log ("hydra", "kratos-admin"), and the name in errors. */
  label: string;
  timeoutMs: number;
  /** Treat an answer that is not JSON (a proxy's error page) as no answer; Kratos's admin API always sends JSON. */
  requireJson?: boolean;
};

/**
 * A typed client for an admin API (Kratos's or Hydra's), which trusts whoever
 * reaches it: so it is built on the server only, never carries anything of the
 * person's (no cookies, no language), and each call is bounded in time and
 * recorded in the access log as `<label>:<path>`. A failed or timed-out call
 * (and with `requireJson`, an answer that is not JSON) throws
 * KratosUnavailableError, which pages turn into the 503/504 page.
 */
export function createAdminClient<Paths extends object>({
  baseUrl,
  label,
  timeoutMs,
  requireJson = false,
}: AdminClientOptions): Client<Paths> {
  const context = currentRequestContext();
  return createClient<Paths>({
    baseUrl: baseUrl.href.replace(/\/$/, ""),
    headers: { accept: "application/json", ...(context && { "x-request-id": context.requestId }) },
    cache: "no-store",
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      const started = performance.now();
      const record = (status: number): void => {
        context?.kratosCalls.push({ path: `${label}:${path}`, status, ms: Math.round(performance.now() - started) });
      };
      let response: Response;
      try {
        response = await boundedFetch(request, timeoutMs);
      } catch (cause) {
        record(0);
        throw new KratosUnavailableError(cause, `${label} ${path}`);
      }
      record(response.status);
      if (requireJson && response.status !== 204 && !response.headers.get("content-type")?.includes("json")) {
        throw new KratosUnavailableError(new Error(`non-JSON answer with status ${response.status}`), `${label} ${path}`);
      }
      return response;
    },
  });
}
