import { config } from "@/lib/config";
import type { QueryParams } from "@/lib/http/query";
import { browserInitUrl } from "./browser-flows";
import type { KratosFailure } from "./flows";
import type { FlowKind } from "./types";

/** What the person sees when Kratos refuses a request. */
export type FailureOutcome =
  | { type: "redirect"; to: string }
  | { type: "error"; errorId: string; status: number };

export type FailureContext = {
  /** The page's own query, for return_to and friends. */
  query: QueryParams;
  /** Whether the browser sent a Kratos CSRF cookie at all. Without one, restarting would loop. */
  hasCsrfCookie: boolean;
};

/** Errors after which a fresh flow is all the person needs. */
const RESTARTABLE_ERROR_IDS = new Set([
  "self_service_flow_expired",
  "self_service_flow_replaced",
  "security_identity_mismatch",
  "session_inactive",
  "session_aal1_required",
]);

/** Errors for which Kratos names the next address in `details.redirect_browser_to`. */
const BROWSER_REDIRECT_ERROR_IDS = new Set([
  "session_aal2_required",
  "session_refresh_required",
  "browser_location_change_required",
]);

/**
 * The one place that decides what a Kratos error means for the person: start the
 * flow again, follow Kratos to another step, or show an error page.
 */
export function decideFailure(kind: FlowKind, failure: KratosFailure, context: FailureContext): FailureOutcome {
  const id = failure.error?.id;
  const details = detailsOf(failure);
  const restart = (): FailureOutcome => ({
    type: "redirect",
    to: browserInitUrl(kind, context.query, { return_to: stringDetail(details, "return_to") }),
  });

  // Signed in already: Kratos's init endpoint sends the person on, after checking
  // return_to against its allow-list (never redirect to a caller's address ourselves).
  if (id === "session_already_available") return restart();
  if (id === "security_csrf_violation") {
    return context.hasCsrfCookie ? restart() : { type: "error", errorId: "cookies_required", status: 403 };
  }
  if (id && BROWSER_REDIRECT_ERROR_IDS.has(id)) {
    const target = kratosBrowserAddress(stringDetail(details, "redirect_browser_to"));
    return target ? { type: "redirect", to: target } : restart();
  }
  if (id && RESTARTABLE_ERROR_IDS.has(id)) return restart();
  if (!id && [400, 401, 404, 410].includes(failure.status)) return restart();
  return { type: "error", errorId: id ?? "unknown", status: failure.status >= 400 ? failure.status : 500 };
}

function detailsOf(failure: KratosFailure): Record<string, unknown> {
  const details: unknown = failure.error?.details;
  return typeof details === "object" && details !== null ? (details as Record<string, unknown>) : {};
}

function stringDetail(details: Record<string, unknown>, name: string): string | undefined {
  const value = details[name];
  return typeof value === "string" && value ? value : undefined;
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
