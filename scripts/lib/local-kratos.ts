import { closeSync, existsSync, openSync, writeSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "./kratos-module";
import { ensureKratosBinary } from "./kratos-binary";
import { kratosConsoleFilter } from "./kratos-log";
import { fail } from "./prerequisites";
import { startService, type Service } from "./process-groups";
import { printTail, runLines } from "./run";
import { dataDir, kratosConfigDir, kratosOverridesFile, type StackMode } from "./stack-config";

const OVERRIDES_TEMPLATE = `# Layered over kratos/kratos.yml and hot-reloaded by Kratos (watch
# GET http://localhost:4434/admin/health/config change). Tests rewrite this file.
{}
`;

/**
 * Migrates and starts Kratos on a SQLite file under .data/<mode>. Its log goes
 * to .data/<mode>/kratos.log; only warnings and errors reach the console.
 *
 * Config: `-c kratos.yml -c <overrides>`. Kratos v1.3.1 (ory/x configx) loads
 * every -c file in order, merging maps key by key (a later file wins, lists are
 * replaced whole), watches each file and rebuilds the whole config when any of
 * them changes, so rewriting the overrides file is enough to reconfigure it.
 * The environment (DSN below) outranks both files.
 */
export async function startLocalKratos(mode: StackMode): Promise<Service> {
  const binary = await ensureKratosBinary();
  const dir = dataDir(mode);
  // Tests start from an empty database every run; dev keeps its accounts.
  if (mode === "test") await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const overrides = kratosOverridesFile(mode);
  if (!existsSync(overrides)) await writeFile(overrides, OVERRIDES_TEMPLATE);

  const logFile = path.join(dir, "kratos.log");
  const shownLog = path.relative(repoRoot, logFile);
  // Synchronous writes: nothing is lost when the stack exits right after a failure.
  const log = openSync(logFile, "w");
  const toLog = (line: string): void => void writeSync(log, `${line}\n`);
  // One connection, as Kratos's own test suite runs SQLite (max_conns=1, lock=false):
  // with a pool, a transaction that reads first and writes later fails at once with
  // "database is locked" when another connection wrote in between, whatever the busy
  // timeout. pop's statement lock must be off with a single connection, or a statement
  // waiting for the connection holds the lock that the open transaction needs.
  const env = {
    ...process.env,
    DSN: `sqlite://${path.join(dir, "kratos.sqlite")}?_fk=true&mode=rwc&_journal_mode=WAL&_busy_timeout=10000&max_conns=1&lock=false`,
  };

  const migration = await runLines(binary, ["migrate", "sql", "-e", "--yes"], { cwd: kratosConfigDir, env }, toLog);
  if (migration.code !== 0) {
    printTail("[kratos]", migration.output);
    closeSync(log);
    fail(`\`kratos migrate sql\` failed (output above, full log in ${shownLog}).`);
  }

  const forConsole = kratosConsoleFilter();
  return startService({
    name: "Kratos",
    command: binary,
    args: ["serve", "--dev", "--watch-courier", "--sqa-opt-out", "-c", "kratos.yml", "-c", overrides],
    // identity.schema.json is referenced as file://./identity.schema.json, relative to this directory.
    cwd: kratosConfigDir,
    env,
    onLine: (line) => {
      toLog(line);
      const shown = forConsole(line);
      if (shown !== undefined) console.log(`[kratos] ${shown}`);
    },
  });
}
