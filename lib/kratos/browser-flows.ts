import { config } from "@/lib/config";
import { firstParam, type QueryParams } from "@/lib/http/query";
import type { FlowKind } from "./types";

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
