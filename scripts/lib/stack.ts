import { createWriteStream } from "node:fs";
import path from "node:path";
import { repoRoot } from "./kratos-module";
import { startLocalHydra } from "./local-hydra";
import { startLocalKratos } from "./local-kratos";
import { fail, requireFreePorts } from "./prerequisites";
import { startService, stopServices, type Service } from "./process-groups";
import { printTail } from "./run";
import { LOCAL_ADMIN_EMAIL, PORTS, URLS, dataDir, type StackMode } from "./stack-config";
import { uiBuildSteps, uiServerCommand } from "./ui-server";
import { waitForHttp, type ReadinessCheck } from "./wait-for";

export type StackOptions = { mode: StackMode };

const bin = (...parts: string[]): string => path.join(repoRoot, "node_modules", ...parts);
const prefixed =
  (tag: string) =>
  (line: string): void =>
    console.log(`${tag} ${line}`);

let stopping = false;

async function shutdown(code: number): Promise<never> {
  stopping = true;
  await stopServices();
  process.exit(code);
}

function onSignal(signal: NodeJS.Signals, code: number): void {
  process.on(signal, () => {
    // A second Ctrl-C does not wait: the exit hook and the orphan reaper finish the job.
    if (stopping) process.exit(code);
    console.log(`\n${signal}: stopping the stack…`);
    void shutdown(code);
  });
}

/** A service that stops on its own takes the whole stack down, showing why. */
function watch(service: Service, tag: string, hint = ""): void {
  void service.exited.then((how) => {
    if (stopping) return;
    console.error(`\n✖ ${service.name} ${how}. Its last output:`);
    printTail(tag, service.tail);
    if (hint) console.error(hint);
    void shutdown(1);
  });
}

function startMaildev(): Service {
  const service = startService({
    name: "MailDev",
    command: process.execPath,
    args: [
      bin("maildev", "bin", "maildev"),
      "--smtp",
      String(PORTS.smtp.port),
      "--web",
      String(PORTS.maildevWeb.port),
      "--ip",
      "localhost",
      "--web-ip",
      "localhost",
    ],
    cwd: repoRoot,
    env: process.env,
    onLine: prefixed("[maildev]"),
  });
  watch(service, "[maildev]");
  return service;
}

/** One of the stack's own TypeScript servers (scripts/<folder>/server.ts), run with tsx. */
function startScriptServer(name: string, folder: string, tag: string, show: (line: string) => boolean = () => true): Service {
  const print = prefixed(tag);
  const service = startService({
    name,
    command: process.execPath,
    args: [bin("tsx", "dist", "cli.mjs"), path.join("scripts", folder, "server.ts")],
    cwd: repoRoot,
    env: process.env,
    onLine: (line) => {
      if (show(line)) print(line);
    },
  });
  watch(service, tag);
  return service;
}

function startLocalIdp(): Service {
  // oidc-provider warns about its runtime and its in-memory store at every start; both are fine for a local test IdP.
  return startScriptServer("The Local IdP", "local-idp", "[idp]", (line) => !line.startsWith("oidc-provider WARNING"));
}

function startDemoApp(): Service {
  return startScriptServer("The demo app", "demo-app", "[demo-app]");
}

async function buildUi(env: NodeJS.ProcessEnv): Promise<void> {
  console.log("Building the UI (npm run build: next build, then the server)…");
  for (const step of uiBuildSteps()) {
    // A service rather than a plain child, so that stopping the stack mid-build stops the build too.
    const build = startService({
      name: step.name,
      command: process.execPath,
      args: step.args,
      cwd: repoRoot,
      env,
      onLine: prefixed("[ui]"),
    });
    const how = await build.exited;
    if (how !== "exited with code 0") await failAndStop(`\`${step.name}\` ${how} (output above).`);
  }
}

function startUi(mode: StackMode, env: NodeJS.ProcessEnv): Service {
  // Also kept in a file, so tests can check what the UI logs (and what it must never log).
  const log = createWriteStream(path.join(dataDir(mode), "ui.log"), { flags: "w" });
  const show = prefixed("[ui]");
  const service = startService({
    name: "The UI server",
    // Development serves the sources through tsx; the test stack runs the compiled server, as production does.
    ...(mode === "dev" ? { command: process.execPath, args: [bin("tsx", "dist", "cli.mjs"), "server.ts", "--dev"] } : uiServerCommand()),
    cwd: repoRoot,
    env,
    onLine: (line) => {
      log.write(`${line}\n`);
      show(line);
    },
  });
  watch(service, "[ui]");
  return service;
}

async function failAndStop(message: string): Promise<never> {
  stopping = true;
  await stopServices();
  fail(message);
}

async function waitForAll(checks: readonly ReadinessCheck[]): Promise<void> {
  try {
    await Promise.all(checks.map(waitForHttp));
  } catch (error) {
    await failAndStop(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Starts Kratos (unless KRATOS_PUBLIC_URL points at one already running), MailDev
 * and the UI, and resolves once all of them answer. Signals and exits stop them all.
 */
export async function startStack({ mode }: StackOptions): Promise<void> {
  const externalKratos = process.env.KRATOS_PUBLIC_URL?.trim();
  await requireFreePorts(externalKratos ? [PORTS.ui] : Object.values(PORTS));
  onSignal("SIGINT", 130);
  onSignal("SIGTERM", 143);
  onSignal("SIGHUP", 129);

  const backends: ReadinessCheck[] = [];
  if (externalKratos) {
    console.log(`KRATOS_PUBLIC_URL=${externalKratos}: using that Kratos; no local Kratos or MailDev.`);
  } else {
    const kratos = await startLocalKratos(mode);
    const log = path.relative(repoRoot, path.join(dataDir(mode), "kratos.log"));
    watch(kratos, "[kratos]", `Full Kratos log: ${log}`);
    const hydra = await startLocalHydra(mode);
    watch(hydra, "[hydra]", `Full Hydra log: ${path.relative(repoRoot, path.join(dataDir(mode), "hydra.log"))}`);
    startMaildev();
    startLocalIdp();
    backends.push(
      { name: "Local IdP", url: `${URLS.idp}/.well-known/openid-configuration`, timeoutMs: 30_000, ready: (status) => status === 200 },
      { name: "Kratos", url: `${URLS.kratosAdmin}/admin/health/ready`, timeoutMs: 60_000, ready: (status) => status === 200 },
      { name: "MailDev", url: `${URLS.maildev}/`, timeoutMs: 30_000, ready: (status) => status < 500 },
      { name: "Hydra", url: `${URLS.hydraAdmin}/health/ready`, timeoutMs: 60_000, ready: (status) => status === 200 },
    );
  }

  const uiEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: mode === "dev" ? "development" : "production",
    PORT: String(PORTS.ui.port),
    // Kratos redirects the social sign-in form post to the provider, and a finished flow to
    // return_to; browsers check both redirects against form-action.
    ...(externalKratos
      ? {}
      : {
          CSP_FORM_ACTION_ORIGINS: URLS.idp,
          ALLOWED_RETURN_URLS: URLS.demoApp,
          HYDRA_ADMIN_URL: URLS.hydraAdmin,
          HYDRA_PUBLIC_URL: URLS.hydraPublic,
          // The admin area (for identities whose metadata_public.roles holds "admin", or
          // with this verified address) and "delete my account".
          KRATOS_ADMIN_URL: URLS.kratosAdmin,
          ADMIN_IDENTITIES: LOCAL_ADMIN_EMAIL,
          ACCOUNT_DELETION: "delete",
        }),
  };
  if (mode === "test") await buildUi(uiEnv);
  // The UI starts last, so its answering means the whole stack is up (Playwright's webServer.url relies on that).
  await waitForAll(backends);
  // The demo app registers itself with Hydra as it starts, so Hydra comes first.
  const demoApp = externalKratos ? [] : [{ name: "Demo app", url: `${URLS.demoApp}/`, timeoutMs: 30_000 }];
  if (!externalKratos) startDemoApp();
  startUi(mode, uiEnv);
  // `next dev` compiles the page on the first request, hence the long limit.
  await waitForAll([...demoApp, { name: "UI", url: `${URLS.ui}/`, timeoutMs: mode === "dev" ? 180_000 : 60_000 }]);
}
