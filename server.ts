import { ConfigError, readConfig, readServerConfig, type AppConfig, type ServerConfig } from "./lib/env";
import { basePathMismatch } from "./lib/http/built-base-path";
import { startMetricsServer } from "./lib/metrics/server";
import { UiMetrics } from "./lib/metrics/ui-metrics";
import { policyForNonce, staticSecurityHeaders } from "./lib/security/headers";
import { Drain } from "./lib/server/drain";
import { createUiServer } from "./lib/server/http-server";
import { requestHandler } from "./lib/server/request-handler";

const dev = process.argv.includes("--dev");
// Set before Next (and React through it) is loaded: they pick their production or development builds by it.
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });

let settings: ServerConfig;
let appConfig: AppConfig;
try {
  appConfig = readConfig();
  settings = readServerConfig();
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
// Matches the build (checked above); next.config.js validates its form.
const basePath = process.env.BASE_PATH?.trim() === "/" ? "" : (process.env.BASE_PATH?.trim() ?? "");

const { host, port, metricsPort, drainTimeoutMs, keepAliveTimeoutMs } = settings;
const securityHeaders = Object.entries(staticSecurityHeaders(!dev));
const policy = policyForNonce({
  kratosOrigin: appConfig.kratosBrowserUrl.origin,
  extraFormActions: appConfig.extraFormActions,
  logoOrigins: appConfig.logoOrigins,
  dev,
});
const { default: next } = await import("next");
const app = next({ dev, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const metrics = metricsPort === undefined ? undefined : new UiMetrics({ basePath, kratosBasePath: appConfig.kratosPublicUrl.pathname });
const drain = new Drain(basePath);
const server = createUiServer(
  requestHandler({
    handle,
    dev,
    drain,
    metrics,
    securityHeaders,
    policy,
    staticPrefix: `${basePath}/_next/static/`,
    languages: appConfig.languages,
    cookiePath: basePath || "/",
    basePath,
    selfService: appConfig.selfService,
  }),
  keepAliveTimeoutMs,
);
const metricsServer =
  metrics && metricsPort !== undefined ? await startMetricsServer(() => metrics.render(), host, metricsPort) : undefined;

server.once("error", (error: NodeJS.ErrnoException) => {
  console.error(`✖ Cannot listen on ${host}:${port}: ${error.code ?? error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`UI ready on http://${host}:${port}${basePath}`);
  if (metricsServer) console.log(`Metrics on http://${host}:${metricsPort}/metrics`);
});

async function stop(signal: NodeJS.Signals): Promise<void> {
  if (drain.isDraining) return;
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: `${signal}: draining`, timeout_ms: drainTimeoutMs }));
  const cut = await drain.stop(server, drainTimeoutMs);
  metricsServer?.close();
  metricsServer?.closeAllConnections();
  const level = cut > 0 ? "warn" : "info";
  console.log(JSON.stringify({ time: new Date().toISOString(), level, msg: "stopped", requests_cut_off: cut }));
  process.exit(0);
}

process.on("SIGTERM", (signal) => void stop(signal));
process.on("SIGINT", (signal) => void stop(signal));
