import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "../i18n/locale";
import type { Theme } from "../theme";
import { REQUEST_CONTEXT_KEY } from "./request-context-key";
import type { TraceContext } from "./trace-context";

/** One call this request made to Kratos, for the access log. */
export type KratosCall = { path: string; status: number; ms: number };

export type RequestContext = {
  requestId: string;
  /** W3C trace context; its traceparent is forwarded to Kratos. */
  trace: TraceContext;
  /** The page's language (lib/i18n/choose-locale.ts). */
  locale?: Locale;
  /** The page's theme (lib/theme.ts). */
  theme?: Theme;
  /** The address as the browser asked for it (path and query, with BASE_PATH), for links to the same page. */
  url?: string;
  status?: number;
  kratosCalls: KratosCall[];
};

/*
 * App Router pages cannot set their HTTP status (only 404 and redirects exist),
 * and Next has no per-request log hook. server.ts opens one of these contexts per
 * request: pages record the status they want, the Kratos client records its calls,
 * and the server applies the status and writes the log line. The store lives on
 * globalThis because the server and the compiled app hold separate copies of
 * this module.
 */
const holder = globalThis as typeof globalThis & { [REQUEST_CONTEXT_KEY]?: AsyncLocalStorage<RequestContext> };
const storage: AsyncLocalStorage<RequestContext> = (holder[REQUEST_CONTEXT_KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(
  ids: Pick<RequestContext, "requestId" | "trace" | "locale" | "theme" | "url">,
  callback: (context: RequestContext) => T,
): T {
  const context: RequestContext = { ...ids, kratosCalls: [] };
  return storage.run(context, () => callback(context));
}

/** The context of the request being served, if server.ts opened one (not in unit tests). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * Asks for this response's HTTP status. Anything but a whole number from 200 to
 * 599 is ignored and logged: Node's writeHead throws on it, and the person would
 * get an empty reply.
 *
 * The rule that makes this work: no Suspense boundary and no loading.tsx may sit
 * above a page that sets its status. Either makes Next stream the response, and
 * the status line is sent with the first bytes, before the page has decided.
 * app/streaming-guard.test.ts fails when one appears.
 */
export function setResponseStatus(status: number): void {
  if (!isHttpStatus(status)) {
    console.error(JSON.stringify({ level: "error", msg: "ignored an invalid response status", status: String(status).slice(0, 40) }));
    return;
  }
  const context = storage.getStore();
  if (context) context.status = status;
}

export function isHttpStatus(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 200 && value <= 599;
}
