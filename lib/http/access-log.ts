import type { RequestContext } from "./request-context";

export type AccessLogEntry = {
  method: string;
  url: string;
  status: number;
  durationMs: number;
  context: RequestContext;
};

/**
 * One JSON line per request. A request the client gave up on before its answer
 * was complete is logged with status 499, nginx's "client closed request". Only the path is logged, never the query string
 * (it can carry flow ids, codes, tokens and return addresses), and no headers
 * (cookies), so nothing secret reaches the logs.
 */
export function accessLogLine({ method, url, status, durationMs, context }: AccessLogEntry): string {
  return JSON.stringify({
    time: new Date().toISOString(),
    level: status >= 500 ? "error" : "info",
    msg: "request",
    method,
    path: pathOnly(url),
    status,
    duration_ms: Math.round(durationMs * 10) / 10,
    request_id: context.requestId,
    trace_id: context.trace.traceId,
    kratos: context.kratosCalls.length ? context.kratosCalls : undefined,
  });
}

export function pathOnly(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a caller's request id (from a proxy) when it looks like one; otherwise a new id. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && REQUEST_ID.test(value) ? value : crypto.randomUUID();
}
