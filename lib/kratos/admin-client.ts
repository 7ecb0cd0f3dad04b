import "server-only";
import type { Client } from "openapi-fetch";
import { cache } from "react";
import { config } from "@/lib/config";
import { createAdminClient } from "@/lib/http/admin-client";
import { asRecord } from "@/lib/records";
import type { paths } from "./api";

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

/**
 * Whether an identity has a second factor, so that aal2 is the highest level it
 * can reach (Kratos's own count, identity.SetAvailableAAL). TOTP and recovery
 * codes exist as credentials only once set up; a webauthn credential can exist
 * with just the schema's identifier, so its keys are read (public keys, no secret).
 */
export async function identityHasSecondFactor(api: KratosAdminClient, id: string): Promise<boolean> {
  const { data } = await api.GET("/admin/identities/{id}", { params: { path: { id }, query: { include_credential: ["webauthn"] } } });
  const credentials = data?.credentials ?? {};
  if (credentials.totp || credentials.lookup_secret) return true;
  const keys = asRecord(credentials.webauthn?.config).credentials;
  return Array.isArray(keys) && keys.some((key) => asRecord(key).is_passwordless !== true);
}
