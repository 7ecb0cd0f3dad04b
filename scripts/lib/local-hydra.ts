import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { ensureGoBinary } from "./go-binary";
import { HYDRA, repoRoot } from "./go-programs";
import { fail } from "./prerequisites";
import { startService, type Service } from "./process-groups";
import { printTail, runLines } from "./run";
import { dataDir, type StackMode } from "./stack-config";

const hydraConfigDir = path.join(repoRoot, "hydra");

/**
 * Migrates and starts Hydra on a SQLite file under .data/<mode> (emptied with
 * the rest of the test stack's data). Its log goes to .data/<mode>/hydra.log;
 * only failures reach the console. `--dev` lets the issuer be plain
 * http://localhost; the secret below exists only on this machine.
 */
export async function startLocalHydra(mode: StackMode): Promise<Service> {
  const binary = await ensureGoBinary(HYDRA);
  const dir = dataDir(mode);
  await mkdir(dir, { recursive: true });
  const logFile = path.join(dir, "hydra.log");
  const log = openSync(logFile, "w");
  const toLog = (line: string): void => void writeSync(log, `${line}\n`);
  const env = {
    ...process.env,
    DSN: `sqlite://${path.join(dir, "hydra.sqlite")}?_fk=true&mode=rwc&_journal_mode=WAL&_busy_timeout=10000&max_conns=1&lock=false`,
    SECRETS_SYSTEM: "local-development-only-hydra-secret-32+",
  };

  const migration = await runLines(binary, ["migrate", "sql", "-e", "--yes"], { cwd: hydraConfigDir, env }, toLog);
  if (migration.code !== 0) {
    printTail("[hydra]", migration.output);
    closeSync(log);
    fail(`\`hydra migrate sql\` failed (output above, full log in ${path.relative(repoRoot, logFile)}).`);
  }
  return startService({
    name: "Hydra",
    command: binary,
    args: ["serve", "all", "--dev", "--sqa-opt-out", "-c", "hydra.yml"],
    cwd: hydraConfigDir,
    env,
    onLine: (line) => {
      toLog(line);
      if (/"level":"(error|fatal)"|level=(error|fatal)/.test(line)) console.log(`[hydra] ${line}`);
    },
  });
}
