import "server-only";
import createClient, { type Client } from "openapi-fetch";
import { cache } from "react";
import { config } from "@/lib/config";
import { currentRequestContext } from "@/lib/http/request-context";
import { KratosUnavailableError } from "@/lib/kratos/errors";
import { boundedFetch } from "@/lib/kratos/bounded-fetch";
import type { paths } from "./api";

export type HydraAdminClient = Client<paths>;

/**
 * The one way to Hydra's admin API: from the server only, never with a browser's
 * cookies (the admin API trusts whoever reaches it, so nothing of the person's
 * is forwarded), and undefined when OAuth2 is off (HYDRA_ADMIN_URL unset).
 * Calls are bounded like Kratos calls and recorded in the access log.
 */
export const hydraAdmin = cache((): HydraAdminClient | undefined => {
  const { hydraAdminUrl, kratosTimeoutMs } = config();
  if (!hydraAdminUrl) return undefined;
  const context = currentRequestContext();
  return createClient<paths>({
    baseUrl: hydraAdminUrl.href.replace(/\/$/, ""),
    headers: { accept: "application/json", ...(context && { "x-request-id": context.requestId }) },
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      const started = performance.now();
      try {
        const response = await boundedFetch(request, kratosTimeoutMs);
        context?.kratosCalls.push({ path: `hydra:${path}`, status: response.status, ms: Math.round(performance.now() - started) });
        return response;
      } catch (cause) {
        context?.kratosCalls.push({ path: `hydra:${path}`, status: 0, ms: Math.round(performance.now() - started) });
        throw new KratosUnavailableError(cause, `Hydra ${path}`);
      }
    },
  });
});
