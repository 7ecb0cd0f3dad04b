import "server-only";
import type { Client } from "openapi-fetch";
import { cache } from "react";
import { config } from "@/lib/config";
import { createAdminClient } from "@/lib/http/admin-client";
import type { paths } from "./api";
import { setUpSecondFactors } from "./second-factors";

export type KratosAdminClient = Client<paths>;

/**
 * Kratos's admin API (identities, sessions, recovery, courier), which has no
 * authentication of its own: reached from the server only, never with the
 * person's cookies, and undefined when KRATOS_ADMIN_URL is unset (the admin
 * area and account deletion are then off). Only code behind the admin gate
 * (lib/admin/gate.ts) or acting on the signed-in person's own identity
 * (lib/account/deletion.ts) may call it.
 */
export const kratosAdmin = cache((): KratosAdminClient | undefined => {
  const { kratosAdminUrl, kratosTimeoutMs } = config();
  if (!kratosAdminUrl) return undefined;
  return createAdminClient<paths>({ baseUrl: kratosAdminUrl, label: "kratos-admin", timeoutMs: kratosTimeoutMs, requireJson: true });
});

/** Whether an identity has a second factor, so that aal2 is the highest level it can reach. */
export async function identityHasSecondFactor(api: KratosAdminClient, id: string): Promise<boolean> {
  const { data } = await api.GET("/admin/identities/{id}", { params: { path: { id }, query: { include_credential: ["webauthn"] } } });
  return setUpSecondFactors(data?.credentials).length > 0;
}
