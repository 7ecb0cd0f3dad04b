import http from "node:http";
import https from "node:https";

/**
 * Idle connections are closed after this long (undici's own default), before
 * Kratos or a proxy in front of it would close them under a request.
 */
const IDLE_MS = 4_000;

/** Connections to Kratos and Hydra are kept open and reused, as Node's fetch does. */
const AGENTS = {
  "http:": new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
  "https:": new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
};

/** Methods HTTP allows a client to send again when a reused connection was closed under them. */
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** Statuses whose Response must have no body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

type Answer = { status: number; statusText: string; rawHeaders: string[]; body: Buffer<ArrayBuffer> };

/** A reused keep-alive connection that the other side had already closed: nothing was processed. */
class StaleConnection extends Error {}

/**
 * Sends `request` and reads its whole answer within `timeoutMs`, or throws a
 * DOMException named "TimeoutError"; a request that cannot be sent or answered
 * throws a TypeError("fetch failed") with the cause, as Node's fetch does.
 *
 * Made over node:http rather than Node's fetch (undici): every call to Kratos
 * goes through here, and undici's request and stream machinery cost about three
 * times the CPU of a plain http request for the same answer, a fifth of a
 * sign-in page's server time. Only what openapi-fetch and our clients use is
 * carried: method, headers, body; the answer's status, headers (every
 * Set-Cookie) and body. Redirects are not followed: Kratos and Hydra answer
 * JSON to JSON clients, and a redirect (a misconfigured address) arrives as
 * it is, which the clients report as a non-JSON answer.
 *
 * The timer covers the whole exchange, a Kratos that sends its headers and then
 * stalls the body included; the request's own signal aborts it too.
 */
export async function boundedFetch(request: Request, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("Kratos did not answer in time", "TimeoutError")), timeoutMs);
  const forward = (): void => controller.abort(request.signal.reason);
  if (request.signal.aborted) forward();
  else request.signal.addEventListener("abort", forward, { once: true });
  try {
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const url = new URL(request.url);
    const headers = outgoingHeaders(request.headers, body);
    let answer: Answer;
    try {
      answer = await exchange(url, request.method, headers, body, controller.signal);
    } catch (error) {
      if (!(error instanceof StaleConnection) || !IDEMPOTENT.has(request.method)) throw error;
      answer = await exchange(url, request.method, headers, body, controller.signal);
    }
    return responseFrom(answer);
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new TypeError("fetch failed", { cause: error instanceof StaleConnection ? error.cause : error });
  } finally {
    clearTimeout(timer);
    request.signal.removeEventListener("abort", forward);
  }
}

function outgoingHeaders(headers: Headers, body: Buffer | undefined): http.OutgoingHttpHeaders {
  const outgoing: http.OutgoingHttpHeaders = {};
  for (const [name, value] of headers) outgoing[name] = value;
  if (body) outgoing["content-length"] = body.length;
  return outgoing;
}

function exchange(
  url: URL,
  method: string,
  headers: http.OutgoingHttpHeaders,
  body: Buffer | undefined,
  signal: AbortSignal,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === "https:";
    if (!secure && url.protocol !== "http:") {
      reject(new Error(`unsupported protocol ${url.protocol}`));
      return;
    }
    let answered = false;
    const options: http.RequestOptions = { method, headers, agent: secure ? AGENTS["https:"] : AGENTS["http:"] };
    const req = (secure ? https : http).request(url, options, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.once("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      );
      res.once("close", () => {
        if (!res.complete) reject(new Error("the connection closed before the answer was complete"));
      });
    });
    const abort = (): void => void req.destroy(new Error("aborted"));
    if (signal.aborted) abort();
    else signal.addEventListener("abort", abort, { once: true });
    req.once("close", () => signal.removeEventListener("abort", abort));
    req.on("error", (error: NodeJS.ErrnoException) => {
      const stale = req.reusedSocket && !answered && (error.code === "ECONNRESET" || error.code === "EPIPE");
      reject(stale ? new StaleConnection("a kept-alive connection was closed", { cause: error }) : error);
    });
    req.end(body);
  });
}

function responseFrom({ status, statusText, rawHeaders, body }: Answer): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) headers.append(rawHeaders[i] as string, rawHeaders[i + 1] as string);
  return new Response(NULL_BODY.has(status) ? null : body, { status, statusText, headers });
}
