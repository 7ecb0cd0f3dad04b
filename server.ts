import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import next from "next";
import { accessLogLine, requestIdFrom } from "./lib/http/access-log";
import { runWithRequestContext } from "./lib/http/request-context";
import { ConfigError, readConfig } from "./lib/env";
import { basePathMismatch } from "./lib/http/built-base-path";
import { staticSecurityHeaders } from "./lib/security/headers";

const dev = process.argv.includes("--dev");

try {
  readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exit(1);
}

if (!dev) {
  const mismatch = basePathMismatch(process.env.NEXT_DIST_DIR || ".next", process.env.BASE_PATH);
  if (mismatch) {
    console.error(`✖ ${mismatch}`);
    process.exit(1);
  }
}

const port = Number(process.env.PORT ?? 3000);
const securityHeaders = Object.entries(staticSecurityHeaders(!dev));
const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();

await app.prepare();

createServer((req, res) => {
  const started = performance.now();
  const requestId = requestIdFrom(req.headers["x-request-id"]);
  res.setHeader("x-request-id", requestId);
  for (const [name, value] of securityHeaders) res.setHeader(name, value);
  runWithRequestContext(requestId, (context) => {
    // A page may have asked for another status than Next would send (see lib/http/request-context.ts).
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
    res.writeHead = ((statusCode: number, ...rest: unknown[]) =>
      writeHead(context.status ?? statusCode, ...rest)) as typeof res.writeHead;
    res.once("finish", () => {
      // Next's development assets would drown the log; in production every request is logged.
      if (dev && req.url?.startsWith("/_next/")) return;
      const line = accessLogLine({
        method: req.method ?? "GET",
        url: req.url ?? "/",
        status: res.statusCode,
        durationMs: performance.now() - started,
        context,
      });
      console.log(line);
    });
    void handle(req, res);
  });
}).listen(port, "localhost", () => {
  console.log(`UI ready on http://localhost:${port}`);
});
