/**
 * Fetches `request` and reads its whole body within `timeoutMs`, or throws a
 * DOMException named "TimeoutError".
 *
 * Three things this guards against, each seen with a Kratos that stalls:
 * - Next's patched fetch rebuilds a `Request` it is given, and a signal from
 *   `AbortSignal.timeout()` that nothing else references can be garbage
 *   collected with its timer, so undici waits its own 300 s. Here the timer is a
 *   plain `setTimeout` whose callback holds the controller, and the call gets
 *   the URL and options rather than the `Request`.
 * - A Kratos that sends its headers and then stalls the body: the body is read
 *   here, under the same timer, not later by the caller.
 */
export async function boundedFetch(request: Request, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("Kratos did not answer in time", "TimeoutError")), timeoutMs);
  try {
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const response = await plainFetch()(request.url, {
      method: request.method,
      headers: request.headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      cache: "no-store",
      redirect: request.redirect,
      signal: controller.signal,
    });
    const body = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Node's own fetch. Next replaces the global one with a fetch that caches,
 * de-duplicates and traces each call, a layer that costs a visible share of a
 * page's server time; calls to Kratos carry one person's cookies, are never
 * cached, and are timed and logged here. Next keeps the original on its
 * replacement; without Next (unit tests) the global fetch is used.
 */
function plainFetch(): typeof fetch {
  const current = globalThis.fetch as typeof fetch & { _nextOriginalFetch?: typeof fetch };
  return current._nextOriginalFetch ?? current;
}
