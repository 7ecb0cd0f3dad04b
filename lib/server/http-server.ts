import { createServer, type RequestListener, type Server } from "node:http";

/*
 * Limits against clients that hold connections open. Node requires
 * headersTimeout <= requestTimeout; since Node 18 an idle kept-alive connection
 * is governed by keepAliveTimeout alone (headersTimeout runs from the first byte
 * of a request), so the old advice to set headersTimeout above keepAliveTimeout
 * no longer applies, and a slow-header ("slowloris") client is cut after
 * HEADERS_TIMEOUT_MS plus at most one check interval.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
// Node's default, written down: Kratos's session and CSRF cookies fit easily.
const MAX_HEADER_BYTES = 16 * 1024;
// Node checks the two timeouts above on this interval (30 s by default).
const CHECK_INTERVAL_MS = 1_000;

export function createUiServer(listener: RequestListener, keepAliveTimeoutMs: number): Server {
  const server = createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      maxHeaderSize: MAX_HEADER_BYTES,
      connectionsCheckingInterval: CHECK_INTERVAL_MS,
    },
    listener,
  );
  // Above a load balancer's idle timeout (60 s for AWS's), so the balancer, not Node, closes idle connections.
  server.keepAliveTimeout = keepAliveTimeoutMs;
  return server;
}
