import "server-only";
import { KratosRefusal } from "@/lib/kratos/errors";
import { hydraAdmin, type HydraAdminClient } from "./client";
import type { ConsentRequest, LogoutRequest } from "./types";

/** Hydra's admin API, or the "OAuth2 is off here" page when HYDRA_ADMIN_URL is unset. */
export function requireHydra(): HydraAdminClient {
  const client = hydraAdmin();
  if (!client) throw new KratosRefusal("oauth2_disabled", 404);
  return client;
}

/**
 * Hydra answers 410 for a challenge that was already handled (a replay, the
 * back button) and 404 for one it never issued or has forgotten.
 */
function refusalFor(status: number): KratosRefusal {
  return status === 410 ? new KratosRefusal("oauth2_request_used", 410) : new KratosRefusal("oauth2_request_unknown", 404);
}

export async function fetchConsentRequest(challenge: string): Promise<ConsentRequest> {
  const { data, response } = await requireHydra().GET("/admin/oauth2/auth/requests/consent", {
    params: { query: { consent_challenge: challenge } },
  });
  if (data) return data;
  throw refusalFor(response.status);
}

export type ConsentGrant = { scopes: string[]; remember: boolean; idToken: Record<string, unknown> };

/** Grants what the person allowed; Hydra answers with the address the browser goes on to. */
export async function acceptConsent(challenge: string, grant: ConsentGrant, audience: string[] = []): Promise<string> {
  const { data, response } = await requireHydra().PUT("/admin/oauth2/auth/requests/consent/accept", {
    params: { query: { consent_challenge: challenge } },
    body: {
      grant_scope: grant.scopes,
      grant_access_token_audience: audience,
      remember: grant.remember,
      // Remembered decisions last until the person removes the app (settings, "Connected apps").
      remember_for: 0,
      session: { id_token: grant.idToken },
    },
  });
  if (data?.redirect_to) return data.redirect_to;
  throw refusalFor(response.status);
}

export async function rejectConsent(challenge: string): Promise<string> {
  const { data, response } = await requireHydra().PUT("/admin/oauth2/auth/requests/consent/reject", {
    params: { query: { consent_challenge: challenge } },
    body: { error: "access_denied", error_description: "The person declined to share access with this app." },
  });
  if (data?.redirect_to) return data.redirect_to;
  throw refusalFor(response.status);
}

export async function fetchLogoutRequest(challenge: string): Promise<LogoutRequest> {
  const { data, response } = await requireHydra().GET("/admin/oauth2/auth/requests/logout", {
    params: { query: { logout_challenge: challenge } },
  });
  if (data) return data;
  throw refusalFor(response.status);
}

export async function acceptLogout(challenge: string): Promise<string> {
  const { data, response } = await requireHydra().PUT("/admin/oauth2/auth/requests/logout/accept", {
    params: { query: { logout_challenge: challenge } },
  });
  if (data?.redirect_to) return data.redirect_to;
  throw refusalFor(response.status);
}

export async function rejectLogout(challenge: string): Promise<void> {
  const { response } = await requireHydra().PUT("/admin/oauth2/auth/requests/logout/reject", {
    params: { query: { logout_challenge: challenge } },
  });
  if (!response.ok) throw refusalFor(response.status);
}
