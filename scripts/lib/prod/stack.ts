// The production-like stack: PostgreSQL, Kratos (production.yml, no --dev),
// MailDev, two UI instances and nginx on the UI's address, started in that order
// and stopped together.
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../kratos-module";
import { requireFreePorts } from "../prerequisites";
import { startService } from "../process-groups";
import { PORTS, URLS } from "../stack-config";
import { waitForHttp, type ReadinessCheck } from "../wait-for";
import { findProdBinaries } from "./binaries";
import { PROD_PORTS, UI_INSTANCE_PORTS, prodDataDir } from "./config";
import { startProdKratos } from "./kratos";
import { failAndStop, markUp, stopOnSignals, stopWhenExits } from "./lifecycle";
import { startNginx } from "./nginx";
import { startPostgres } from "./postgres";
import { buildUi, startUiInstances } from "./ui-instances";

export type ProdStackOptions = { reuseBuild: boolean };

function startMaildev(): void {
  const service = startService({
    name: "MailDev",
    command: process.execPath,
    args: [
      path.join(repoRoot, "node_modules", "maildev", "bin", "maildev"),
      ...["--smtp", String(PORTS.smtp.port), "--web", String(PORTS.maildevWeb.port), "--ip", "localhost", "--web-ip", "localhost"],
    ],
    cwd: repoRoot,
    env: process.env,
    onLine: (line) => console.log(`[maildev] ${line}`),
  });
  stopWhenExits(service, "[maildev]");
}

async function waitForAll(checks: readonly ReadinessCheck[]): Promise<void> {
  try {
    await Promise.all(checks.map(waitForHttp));
  } catch (error) {
    await failAndStop(error instanceof Error ? error.message : String(error));
  }
}

/** Resolves once nginx answers for a ready UI; from then on a UI instance or Kratos that stops is restarted. */
export async function startProdStack({ reuseBuild }: ProdStackOptions): Promise<void> {
  const binaries = await findProdBinaries();
  await requireFreePorts(Object.values(PROD_PORTS));
  stopOnSignals();
  await rm(prodDataDir, { recursive: true, force: true });
  await mkdir(prodDataDir, { recursive: true });

  const { dsn } = await startPostgres(binaries.pgBin);
  await startProdKratos(dsn);
  startMaildev();
  await buildUi(reuseBuild);
  await waitForAll([
    { name: "Kratos", url: `${URLS.kratosAdmin}/admin/health/ready`, timeoutMs: 60_000, ready: (status) => status === 200 },
    { name: "MailDev", url: `${URLS.maildev}/`, timeoutMs: 30_000, ready: (status) => status < 500 },
  ]);
  startUiInstances();
  await waitForAll(
    UI_INSTANCE_PORTS.map((port) => ({
      name: `UI instance ${port}`,
      url: `http://localhost:${port}/health/ready`,
      timeoutMs: 60_000,
      ready: (status) => status === 200,
    })),
  );
  await startNginx(binaries.nginx);
  await waitForAll([{ name: "nginx", url: `${URLS.ui}/health/ready`, timeoutMs: 15_000, ready: (status) => status === 200 }]);
  markUp();
}
