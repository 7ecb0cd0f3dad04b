import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { accessLogLine, pathOnly, requestIdFrom } from "../http/access-log";
import { runWithRequestContext, type RequestContext } from "../http/request-context";
import { traceContextFrom } from "../http/trace-context";
import { readCookie } from "../http/cookies";
import { forwardedHttps } from "../http/forwarded";
import { chooseLocale, LANGUAGE_COOKIE, type LanguageSettings } from "../i18n/choose-locale";
import type { Locale } from "../i18n/locale";
import { chooseTheme, THEME_COOKIE, type Theme } from "../theme";
import { newNonce } from "../security/headers";
import { staffOnlyAddress } from "../http/staff-only";
import type { UiMetrics } from "../metrics/ui-metrics";
import { corkUntilEnd } from "./cork-until-end";
import type { Drain } from "./drain";

/** nginx's "client closed request": the client went away before the answer was complete. */
export const CLIENT_CLOSED = 499;

export type RequestHandlerOptions = {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  dev: boolean;
  drain: Drain;
  metrics: UiMetrics | undefined;
  /** Headers every response carries, whether Next or this server answers it. */
  securityHeaders: readonly (readonly [string, string])[];
  /** The Content-Security-Policy with this nonce (lib/security/headers.ts policyForNonce). */
  policy: (nonce: string) => string;
  /** Where Next's hashed static files are served (`<basePath>/_next/static/`): they keep their long cache and need no nonce. */
  staticPrefix: string;
  /** The languages offered, to choose each page's (lib/i18n/choose-locale.ts). */
  languages: LanguageSettings;
  /** Where the language cookie applies: BASE_PATH, or the whole host. */
  cookiePath: string;
  /** BASE_PATH, or "" at the root of the host. */
  basePath: string;
  /** False on a staff-only instance (SELF_SERVICE=off): every page but the admin area is answered as not found. */
  selfService: boolean;
};

/**
 * Wraps Next's handler: a request id and trace context per request, the status a
 * page asked for, one access log line and the metrics when the response is done
 * (or abandoned by the client).
 */
export function requestHandler({
  handle,
  dev,
  drain,
  metrics,
  securityHeaders,
  policy,
  staticPrefix,
  languages,
  cookiePath,
  basePath,
  selfService,
}: RequestHandlerOptions): RequestListener {
  return (req, res) => {
    const started = performance.now();
    // Read now: Next rewrites req.url while handling (it strips BASE_PATH).
    const url = req.url ?? "/";
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", requestId);
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    const page = !url.startsWith(staticPrefix);
    if (page) {
      setPageHeaders(req, res, policy(newNonce()));
      // Pages do not stream (see setResponseStatus), so nothing waits that would have gone earlier.
      if (!dev) corkUntilEnd(res);
    }
    const preferences = page ? pagePreferences(req, res, url, languages, cookiePath) : undefined;
    drain.track(res);
    runWithRequestContext({ requestId, trace: traceContextFrom(req.headers.traceparent), ...preferences, url }, (context) => {
      applyRequestedStatus(res, context);
      res.once("close", () => {
        const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED;
        const durationMs = performance.now() - started;
        metrics?.record({ path: pathOnly(url), status, seconds: durationMs / 1000, kratosCalls: context.kratosCalls });
        // Next's development assets would drown the log; in production every request is logged.
        if (dev && url.startsWith("/_next/")) return;
        // Straight to stdout: the line is ready, and Next wraps console.log in two layers of its own per call.
        process.stdout.write(`${accessLogLine({ method: req.method ?? "GET", url, status, durationMs, context })}\n`);
      });
      if (drain.answer(req, res)) return;
      if (!selfService) hideSelfService(req, basePath);
      void handle(req, res);
    });
  };
}

/**
 * Every page and route answer gets a fresh CSP nonce and no-store: pages show
 * flows and sessions, which must never be cached. Next puts the nonce on its own
 * scripts by reading it from the request's Content-Security-Policy header, so the
 * policy goes on the request too (replacing whatever a client sent there). Done
 * here rather than in a Next proxy (middleware), which costs about a millisecond
 * of CPU per request for the same two headers.
 */
function setPageHeaders(req: IncomingMessage, res: ServerResponse, policy: string): void {
  req.headers["content-security-policy"] = policy;
  res.setHeader("content-security-policy", policy);
  res.setHeader("cache-control", "no-store, max-age=0");
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The page's language and theme. A choice made in the address (`?lang=`,
 * `?theme=`: the menus' links, or a link from a mail) is remembered in a cookie.
 */
function pagePreferences(
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
  languages: LanguageSettings,
  cookiePath: string,
): { locale: Locale; theme: Theme } {
  const query = url.includes("?") ? new URLSearchParams(url.slice(url.indexOf("?") + 1)) : undefined;
  const cookies = req.headers.cookie;
  const language = chooseLocale(
    { query: query?.get("lang"), cookie: readCookie(cookies, LANGUAGE_COOKIE), acceptLanguage: req.headers["accept-language"] },
    languages,
  );
  const theme = chooseTheme(query?.get("theme") ?? null, readCookie(cookies, THEME_COOKIE));
  const secure = forwardedHttps(req.headers["x-forwarded-proto"]) ? "; Secure" : "";
  const remember = (name: string, value: string) =>
    res.appendHeader("set-cookie", `${name}=${value}; Path=${cookiePath}; Max-Age=${YEAR_SECONDS}; SameSite=Lax; HttpOnly${secure}`);
  if (language.remember) remember(LANGUAGE_COOKIE, language.locale);
  if (theme.remember) remember(THEME_COOKIE, theme.theme);
  return { locale: language.locale, theme: theme.theme };
}

/**
 * On a staff-only instance, a self-service address is handed to Next as an
 * address it has no route for, so the person gets the ordinary not-found page
 * and 404; a server action posted there is dropped with its header.
 */
function hideSelfService(req: IncomingMessage, basePath: string): void {
  const hidden = staffOnlyAddress(req.url ?? "/", basePath);
  if (!hidden) return;
  req.url = hidden;
  delete req.headers["next-action"];
}

/** A page may have asked for another status than Next would send (see lib/http/request-context.ts). */
function applyRequestedStatus(res: ServerResponse, context: RequestContext): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => writeHead(context.status ?? statusCode, ...rest)) as typeof res.writeHead;
}
