// Kratos for the production-like stack: kratos/production.yml as it is, with
// kratos/production.local.yml on top, PostgreSQL, secrets made for this run and
// no --dev. Supervised: if it stops (scripts/load-test.ts --chaos stops it on
// purpose), it is started again.
import { closeSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { ensureKratosBinary } from "../kratos-binary";
import { kratosConsoleFilter } from "../kratos-log";
import { repoRoot } from "../kratos-module";
import { startService } from "../process-groups";
import { progress } from "../progress";
import { printTail, runLines } from "../run";
import { kratosConfigDir, PORTS } from "../stack-config";
import { KRATOS_SERVICE_ID, prodDataDir } from "./config";
import { failAndStop } from "./lifecycle";
import { kratosSecrets } from "./secrets";
import { supervise } from "./supervise";

const PRODUCTION = "production.yml";
const LOCAL = "production.local.yml";

export async function startProdKratos(dsn: string): Promise<void> {
  const binary = await ensureKratosBinary();
  const logFile = path.join(prodDataDir, "kratos.log");
  const shownLog = path.relative(repoRoot, logFile);
  // Synchronous writes: nothing is lost when the stack exits right after a failure.
  const log = openSync(logFile, "w");
  const toLog = (line: string): void => void writeSync(log, `${line}\n`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DSN: dsn,
    ...kratosSecrets(),
    // MailDev speaks no TLS; production sets an smtps:// or STARTTLS URI here.
    COURIER_SMTP_CONNECTION_URI: `smtp://localhost:${PORTS.smtp.port}/?disable_starttls=true`,
  };

  // production.yml alone, as a deployment would run its migration job.
  let applied = 0;
  const bar = progress((n) => `Migrating Kratos's PostgreSQL schema: ${n} migrations applied`, 100);
  const migration = await runLines(binary, ["migrate", "sql", "-e", "--yes", "-c", PRODUCTION], { cwd: kratosConfigDir, env }, (line) => {
    toLog(line);
    if (!line.includes("applied successfully")) return;
    applied += 1;
    bar.tick();
  });
  bar.finish(`Kratos's PostgreSQL schema: ${applied} migrations applied.`);
  if (migration.code !== 0) {
    printTail("[kratos]", migration.output);
    closeSync(log);
    await failAndStop(`\`kratos migrate sql\` failed (output above, full log in ${shownLog}).`);
  }

  const forConsole = kratosConsoleFilter();
  supervise(KRATOS_SERVICE_ID, "[kratos]", () =>
    startService({
      name: "Kratos",
      command: binary,
      // Kratos checks the merged configuration against its schema here and exits at once if it is invalid.
      args: ["serve", "--watch-courier", "--sqa-opt-out", "-c", PRODUCTION, "-c", LOCAL],
      // identity.schema.json is referenced as file://./identity.schema.json, relative to this directory.
      cwd: kratosConfigDir,
      env,
      onLine: (line) => {
        toLog(line);
        const shown = forConsole(line);
        if (shown !== undefined) console.log(`[kratos] ${shown}`);
      },
    }),
  );
}
