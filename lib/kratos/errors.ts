import type { QueryParams } from "@/lib/http/query";
import { t } from "@/lib/i18n/catalogue";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { asRecord } from "@/lib/records";
import type { FlowKind, GenericError } from "./types";
import { browserInitUrl, kratosBrowserAddress } from "./urls";

/** What Kratos answered when it did not give what was asked for. */
export type KratosFailure = { status: number; error?: GenericError };

/** Reads the error body shape every Kratos endpoint shares: `{ "error": { ... } }`. */
export function failureFrom(response: Response, body: unknown): KratosFailure {
  const error = typeof body === "object" && body !== null && "error" in body ? (body as { error?: GenericError }).error : undefined;
  return { status: response.status, error };
}

/** Kratos could not be reached, or did not answer in time. */
export class KratosUnavailableError extends Error {
  readonly timedOut: boolean;

  constructor(cause: unknown, path: string) {
    const timedOut = cause instanceof DOMException && cause.name === "TimeoutError";
    super(timedOut ? `Kratos did not answer ${path} in time` : `Kratos is unreachable (${path})`, { cause });
    this.name = "KratosUnavailableError";
    this.timedOut = timedOut;
  }
}

export function isKratosUnavailable(error: unknown): error is KratosUnavailableError {
  return error instanceof Error && error.name === "KratosUnavailableError";
}

/**
 * What each error id (Kratos's, and a few of our own for OAuth2) means for the person:
 * - `on`: "restart" the flow (a fresh one is all they need), "follow" Kratos to
 *   the address it names in `details.redirect_browser_to`, or "show" an error page;
 * - `status`: the HTTP status of that page (Kratos's own, text/message_error.go);
 * - `message`: our wording, else the generic text;
 * - `signIn`: only signing in resolves it, so the page's way on is the sign-in page.
 */
type ErrorRule = { on: "restart" | "follow" | "show"; status: number; message?: UiMessageKey; signIn?: true };

const ERROR_IDS: Readonly<Record<string, ErrorRule>> = {
  self_service_flow_expired: { on: "restart", status: 410, message: "error.self_service_flow_expired" },
  self_service_flow_replaced: { on: "restart", status: 410 },
  security_identity_mismatch: { on: "restart", status: 403, message: "error.security_identity_mismatch" },
  session_inactive: { on: "restart", status: 401, message: "error.session_inactive", signIn: true },
  session_aal1_required: { on: "restart", status: 401, message: "error.session_aal1_required", signIn: true },
  // Kratos's init endpoint sends a signed-in person on, after checking return_to
  // against its allow-list (never redirect to a caller's address ourselves).
  session_already_available: { on: "restart", status: 400, message: "error.session_already_available" },
  // Restarting helps only when the browser keeps cookies at all (see decideFailure).
  security_csrf_violation: { on: "restart", status: 403, message: "error.security_csrf_violation" },
  session_aal2_required: { on: "follow", status: 403 },
  session_refresh_required: { on: "follow", status: 403 },
  browser_location_change_required: { on: "follow", status: 422 },
  cookies_required: { on: "show", status: 403, message: "error.cookies_required" },
  self_service_flow_disabled: { on: "show", status: 400, message: "error.self_service_flow_disabled" },
  self_service_flow_return_to_forbidden: { on: "show", status: 400, message: "error.self_service_flow_return_to_forbidden" },
  session_verified_address_required: { on: "show", status: 400 },
  session_aal_already_fulfilled: { on: "show", status: 401 },
  // Our own, for this UI as an OAuth2 provider's login and consent screens (lib/hydra).
  oauth2_disabled: { on: "show", status: 404, message: "error.oauth2_disabled" },
  oauth2_challenge_missing: { on: "show", status: 400, message: "error.oauth2_challenge_missing" },
  oauth2_request_unknown: { on: "show", status: 404, message: "error.oauth2_request_unknown" },
  oauth2_request_used: { on: "show", status: 410, message: "error.oauth2_request_used" },
  oauth2_consent_signed_out: { on: "show", status: 401, message: "error.oauth2_consent_signed_out", signIn: true },
  oauth2_consent_wrong_account: { on: "show", status: 403, message: "error.oauth2_consent_wrong_account" },
  // OAuth2's own error codes (RFC 6749 §4.1.2.1, OpenID Connect Core §3.1.2.6), as Hydra sends them to urls.error.
  invalid_request: { on: "show", status: 400, message: "error.oauth2_app_request" },
  invalid_client: { on: "show", status: 401, message: "error.oauth2_app_request" },
  unauthorized_client: { on: "show", status: 403, message: "error.oauth2_app_request" },
  unsupported_response_type: { on: "show", status: 400, message: "error.oauth2_app_request" },
  invalid_scope: { on: "show", status: 400, message: "error.oauth2_app_request" },
  request_forbidden: { on: "show", status: 403, message: "error.oauth2_app_request" },
  access_denied: { on: "show", status: 403, message: "error.oauth2_access_denied" },
  login_required: { on: "show", status: 401, message: "error.oauth2_access_denied" },
  consent_required: { on: "show", status: 403, message: "error.oauth2_access_denied" },
  server_error: { on: "show", status: 500, message: "error.server" },
  temporarily_unavailable: { on: "show", status: 503, message: "error.oauth2_unavailable" },
};

/** Own keys only: ids such as "__proto__" or "constructor" must not find Object's members. */
function ruleFor(id: string | undefined): ErrorRule | undefined {
  return id !== undefined && Object.hasOwn(ERROR_IDS, id) ? ERROR_IDS[id] : undefined;
}

/** Whether this id is one of ours or Kratos's (and so safe to show as a reference). */
export function isKnownErrorId(id: string): boolean {
  return ruleFor(id) !== undefined;
}

/** The status of an error page for an id that reached /error from elsewhere (an app, Hydra). */
export function statusForErrorId(id: string): number {
  return ruleFor(id)?.status ?? 400;
}

/** Our wording for a known error id, or the fallback (the generic text unless given). */
export function messageForErrorId(id: string | undefined, fallback: string = t("error.unknown")): string {
  const key = ruleFor(id)?.message;
  return key ? t(key) : fallback;
}

/** Whether only signing in resolves this error. */
export function offersSignIn(id: string | undefined): boolean {
  return ruleFor(id)?.signIn === true;
}

/** What the person gets when Kratos refuses a flow. The status is decided here, once. */
export type FailureOutcome = { type: "redirect"; to: string } | { type: "show"; errorId: string; status: number };

export type FailureContext = {
  /** The page's own query, for return_to and friends. */
  query: QueryParams;
  /** Whether the browser sent a Kratos CSRF cookie at all. Without one, restarting would loop. */
  hasCsrfCookie: boolean;
};

/**
 * The one place that decides what a Kratos error means for the person: start the
 * flow again, follow Kratos to another step, or show an error page.
 */
export function decideFailure(kind: FlowKind, failure: KratosFailure, context: FailureContext): FailureOutcome {
  const id = failure.error?.id;
  const rule = ruleFor(id);
  const details = detailsOf(failure);
  const restart = (): FailureOutcome => ({
    type: "redirect",
    to: browserInitUrl(kind, context.query, { return_to: stringDetail(details, "return_to") }),
  });

  if (id === "security_csrf_violation" && !context.hasCsrfCookie) return show("cookies_required");
  if (rule?.on === "follow") {
    const target = kratosBrowserAddress(stringDetail(details, "redirect_browser_to"));
    return target ? { type: "redirect", to: target } : restart();
  }
  if (rule?.on === "restart") return restart();
  if (rule?.on === "show" && id) return show(id);
  if (!id && [400, 401, 404, 410].includes(failure.status)) return restart();
  return { type: "show", errorId: id ?? "unknown", status: failure.status >= 400 && failure.status <= 599 ? failure.status : 500 };
}

function show(id: string): FailureOutcome {
  return { type: "show", errorId: id, status: statusForErrorId(id) };
}

/**
 * Kratos refused and the person must see why: thrown by a loader, and rendered
 * by the page wrapper (components/page/kratos-page.tsx) with its status.
 */
export class KratosRefusal extends Error {
  constructor(
    readonly errorId: string,
    readonly status: number,
    /** The app (OAuth2 client) whose request was refused, when known: the error page names it. */
    readonly app?: string,
  ) {
    super(`Kratos refused: ${errorId} (${status})`);
    this.name = "KratosRefusal";
  }
}

export function isKratosRefusal(error: unknown): error is KratosRefusal {
  return error instanceof Error && error.name === "KratosRefusal";
}

function detailsOf(failure: KratosFailure): Record<string, unknown> {
  return asRecord(failure.error?.details);
}

function stringDetail(details: Record<string, unknown>, name: string): string | undefined {
  const value = details[name];
  return typeof value === "string" && value ? value : undefined;
}
