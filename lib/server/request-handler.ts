import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { accessLogLine, pathOnly, requestIdFrom } from "../http/access-log";
import { runWithRequestContext, type RequestContext } from "../http/request-context";
import { traceContextFrom } from "../http/trace-context";
import type { UiMetrics } from "../metrics/ui-metrics";
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
};

/**
 * Wraps Next's handler: a request id and trace context per request, the status a
 * page asked for, one access log line and the metrics when the response is done
 * (or abandoned by the client).
 */
export function requestHandler({ handle, dev, drain, metrics, securityHeaders }: RequestHandlerOptions): RequestListener {
  return (req, res) => {
    const started = performance.now();
    // Read now: Next rewrites req.url while handling (it strips BASE_PATH).
    const url = req.url ?? "/";
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", requestId);
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    drain.track(res);
    runWithRequestContext({ requestId, trace: traceContextFrom(req.headers.traceparent) }, (context) => {
      applyRequestedStatus(res, context);
      res.once("close", () => {
        const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED;
        const durationMs = performance.now() - started;
        metrics?.record({ path: pathOnly(url), status, seconds: durationMs / 1000, kratosCalls: context.kratosCalls });
        // Next's development assets would drown the log; in production every request is logged.
        if (dev && url.startsWith("/_next/")) return;
        console.log(accessLogLine({ method: req.method ?? "GET", url, status, durationMs, context }));
      });
      if (drain.answer(req, res)) return;
      void handle(req, res);
    });
  };
}

/** A page may have asked for another status than Next would send (see lib/http/request-context.ts). */
function applyRequestedStatus(res: ServerResponse, context: RequestContext): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => writeHead(context.status ?? statusCode, ...rest)) as typeof res.writeHead;
}
