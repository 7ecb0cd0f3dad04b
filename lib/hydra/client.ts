import "server-only";
import type { Client } from "openapi-fetch";
import { cache } from "react";
import { config } from "@/lib/config";
import { createAdminClient } from "@/lib/http/admin-client";
import type { paths } from "./api";

export type HydraAdminClient = Client<paths>;

/**
 * The one way to Hydra's admin API: from the server only, never with a browser's
 * cookies (lib/http/admin-client.ts), and undefined when OAuth2 is off
 * (HYDRA_ADMIN_URL unset).
 */
export const hydraAdmin = cache((): HydraAdminClient | undefined => {
  const { hydraAdminUrl, kratosTimeoutMs } = config();
  if (!hydraAdminUrl) return undefined;
  return createAdminClient<paths>({ baseUrl: hydraAdminUrl, label: "hydra", timeoutMs: kratosTimeoutMs });
});
