import { config } from "@/lib/config";
import { firstParam, type QueryParams } from "@/lib/http/query";
import { appPath } from "@/lib/http/app-path";
import type { FlowKind, LoginFlow, RegistrationFlow, SelfServiceFlow } from "./types";

/** Query parameters each Kratos browser init endpoint accepts (spec/api.json). */
const INIT_PARAMETERS: Record<FlowKind, readonly string[]> = {
  login: ["return_to", "refresh", "aal", "login_challenge", "organization", "via"],
  registration: ["return_to", "login_challenge", "after_verification_return_to", "organization"],
  recovery: ["return_to"],
  verification: ["return_to"],
  settings: ["return_to"],
};

/**
 * The address where the browser starts a new flow at Kratos, carrying over the
 * parameters Kratos accepts for that flow. `overrides` win over `query`.
 */
export function browserInitUrl(kind: FlowKind, query: QueryParams = {}, overrides: QueryParams = {}): string {
  const url = new URL(`self-service/${kind}/browser`, config().kratosBrowserUrl);
  for (const name of INIT_PARAMETERS[kind]) {
    const value = firstParam(overrides, name) ?? firstParam(query, name);
    if (value) url.searchParams.set(name, value);
  }
  return url.href;
}

/** Our own page for a flow, e.g. /login?return_to=..., keeping the parameters that matter for it. */
export function flowPagePath(kind: FlowKind, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const name of INIT_PARAMETERS[kind]) {
    const value = firstParam(query, name);
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search ? `/${kind}?${search}` : `/${kind}`;
}

/**
 * Links between flows keep what the journey depends on: where to return to,
 * and the OAuth2 login challenge when Kratos is someone's login provider.
 */
export function linkToFlow(kind: FlowKind, from: SelfServiceFlow): string {
  const challenge = "oauth2_login_challenge" in from ? (from as LoginFlow | RegistrationFlow).oauth2_login_challenge : undefined;
  return appPath(
    flowPagePath(kind, {
      return_to: from.return_to || undefined,
      login_challenge: challenge || undefined,
    }),
  );
}

/**
 * Kratos builds redirect addresses from its own base URL. Only addresses on
 * Kratos are followed (no open redirect), rewritten to where the browser reaches it.
 */
export function kratosBrowserAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const { kratosPublicUrl, kratosBrowserUrl } = config();
  let url: URL;
  try {
    url = new URL(address, kratosBrowserUrl);
  } catch {
    return undefined;
  }
  if (url.origin === kratosPublicUrl.origin) {
    return new URL(url.pathname + url.search, kratosBrowserUrl).href;
  }
  return url.origin === kratosBrowserUrl.origin ? url.href : undefined;
}

/**
 * Signing out from inside a flow (a second step, settings) keeps where the
 * person came from; Kratos's logout checks it against its allow-list.
 */
export function logoutLink(from: SelfServiceFlow): string {
  return appPath(from.return_to ? `/logout?return_to=${encodeURIComponent(from.return_to)}` : "/logout");
}
