// The load itself: C workers, alternately loading `/` and `/settings` as a random user,
// with that user's cookies, until the deadline; every page must show only that user.
//
// `/settings` (no ?flow=) is followed like a browser: UI 307 → Kratos settings init
// (303) → UI /settings?flow=… (200). Its latency is recorded twice: the whole chain
// ("/settings chain") and the final render alone ("/settings?flow= render").
// Latencies run from sending the request to the last byte of the body, and are
// recorded for page loads that ended in a 200 page; failures are counted instead.
import { isLocalhost } from "./options";
import type { Recorder } from "./stats";
import { LOAD_EMAIL_PATTERN, type LoadUser } from "./users";

export const ROUTES = { home: "/", settings: "/settings chain", render: "/settings?flow= render" } as const;

const REQUEST_TIMEOUT_MS = 20_000;
const BROWSER_HEADERS = { Accept: "text/html,application/xhtml+xml", "User-Agent": "kratos-account-ui-load-test" };

export interface RunContext {
  uiUrl: URL;
  users: readonly LoadUser[];
  recorder: Recorder;
  /** performance.now() after which no new page load starts. */
  deadline: number;
  /** Aborted to stop early (Ctrl-C) or when the grace period after the deadline ends. */
  signal: AbortSignal;
}

interface Hop {
  response: Response;
  body: string;
  ms: number;
}

export async function runWorkers(context: RunContext, concurrency: number): Promise<void> {
  // Each worker alternates between the two pages, half of them starting with `/settings`.
  const worker = async (_: unknown, index: number): Promise<void> => {
    for (let load = index; performance.now() < context.deadline && !context.signal.aborted; load++) {
      const user = context.users[Math.floor(Math.random() * context.users.length)];
      if (!user) return;
      context.recorder.pageLoads += 1;
      if (load % 2 === 0) await loadHome(context, user);
      else await loadSettings(context, user);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function loadHome(context: RunContext, user: LoadUser): Promise<void> {
  const page = await get(context, user, new URL("/", context.uiUrl), "GET /");
  if (!page) return;
  if (page.response.status !== 200) return unexpected(context, "GET /", page);
  if (checkPage(context, user, "/", page)) context.recorder.latency(ROUTES.home, page.ms);
}

async function loadSettings(context: RunContext, user: LoadUser): Promise<void> {
  const started = performance.now();
  const first = await get(context, user, new URL("/settings", context.uiUrl), "GET /settings");
  if (!first) return;
  const init = redirectTo(first, (url) => url.pathname.endsWith("/self-service/settings/browser"));
  if (!init) return unexpected(context, "GET /settings (expected a redirect to Kratos's settings init)", first);
  const second = await get(context, user, init, "GET Kratos settings init");
  if (!second) return;
  const flowPage = redirectTo(
    second,
    (url) => url.origin === context.uiUrl.origin && url.pathname === "/settings" && url.searchParams.has("flow"),
  );
  if (!flowPage) return unexpected(context, "Kratos settings init (expected a redirect to /settings?flow=)", second);
  const page = await get(context, user, flowPage, "GET /settings?flow=");
  if (!page) return;
  if (page.response.status !== 200) return unexpected(context, "GET /settings?flow=", page);
  if (!checkPage(context, user, "/settings?flow=", page)) return;
  context.recorder.latency(ROUTES.settings, performance.now() - started);
  context.recorder.latency(ROUTES.render, page.ms);
}

/** One request as this user's browser; undefined (and counted) on a network error, 4xx or 5xx. */
async function get(context: RunContext, user: LoadUser, url: URL, what: string): Promise<Hop | undefined> {
  const { recorder } = context;
  if (!isLocalhost(url)) {
    recorder.error("unexpected", `${what}: refusing to follow ${url.origin}, not localhost`);
    return undefined;
  }
  const started = performance.now();
  try {
    recorder.httpRequests += 1;
    const response = await fetch(url, {
      headers: { ...BROWSER_HEADERS, Cookie: user.browser.jar.header() },
      redirect: "manual",
      signal: AbortSignal.any([context.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
    });
    // UI and Kratos share `localhost`, and cookies ignore ports: one jar, as in a browser.
    user.browser.jar.store(response);
    const body = await response.text();
    const hop = { response, body, ms: performance.now() - started };
    const { status } = response;
    if (status >= 500)
      recorder.error("5xx", `${what} as ${user.email}: ${status} ${body.slice(0, 200)}`, { hop: hopOf(context, url), status });
    else if (status < 200 || status >= 400)
      recorder.error("status", `${what} as ${user.email}: ${status}`, { hop: hopOf(context, url), status });
    else return hop;
  } catch (error) {
    if (context.signal.aborted) recorder.cutOff += 1;
    else recorder.error("network", `${what} as ${user.email}: ${describe(error)}`, { hop: hopOf(context, url) });
  }
  return undefined;
}

function hopOf(context: RunContext, url: URL): "ui" | "kratos" {
  return url.origin === context.uiUrl.origin ? "ui" : "kratos";
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED, a reset) in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message})` : "";
  return `${error.message}${cause}`;
}

function redirectTo(hop: Hop, expected: (url: URL) => boolean): URL | undefined {
  const location = hop.response.headers.get("location");
  if (hop.response.status < 300 || hop.response.status >= 400 || !location) return undefined;
  const url = new URL(location, hop.response.url);
  return expected(url) ? url : undefined;
}

function unexpected(context: RunContext, what: string, hop: Hop): void {
  const location = hop.response.headers.get("location");
  context.recorder.error("unexpected", `${what}: ${hop.response.status}${location ? ` → ${location}` : ""}`, {
    hop: hopOf(context, new URL(hop.response.url)),
    status: hop.response.status,
  });
}

/** A 200 page must be HTML showing its user's email and no other load user's; false (and counted) otherwise. */
function checkPage(context: RunContext, user: LoadUser, route: string, page: Hop): boolean {
  if (!(page.response.headers.get("content-type") ?? "").includes("text/html")) {
    context.recorder.error("unexpected", `${route} as ${user.email}: 200 with content-type ${page.response.headers.get("content-type")}`);
    return false;
  }
  const found = new Set(page.body.match(LOAD_EMAIL_PATTERN) ?? []);
  const others = [...found].filter((email) => email !== user.email);
  if (found.has(user.email) && others.length === 0) {
    context.recorder.checked();
    return true;
  }
  const problems = [found.has(user.email) ? "" : "own email missing", others.length > 0 ? `shows ${others.join(", ")}` : ""];
  context.recorder.error("isolation", `${route} as ${user.email}: ${problems.filter(Boolean).join("; ")}`);
  return false;
}
