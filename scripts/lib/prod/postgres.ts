// A throwaway PostgreSQL for the production-like stack: a fresh cluster in
// .data/prod/pg every run, TCP on localhost:5433 only (no Unix socket), a
// password generated per run, stopped with the stack.
import { randomBytes } from "node:crypto";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { repoRoot } from "../kratos-module";
import { fail } from "../prerequisites";
import { startService, type Service } from "../process-groups";
import { printTail, runLines } from "../run";
import { signalGroup } from "../signal-group";
import { PROD_PORTS, prodDataDir } from "./config";
import { failAndStop, onStop, stopWhenExits } from "./lifecycle";
import { unprivilegedRunner } from "./run-as";

const USER = "kratos";
const DATABASE = "kratos";
const READY_LINE = /database system is ready to accept connections/;
const START_TIMEOUT_MS = 30_000;

export type Postgres = { service: Service; dsn: string };

export async function startPostgres(pgBin: string): Promise<Postgres> {
  const runner = await unprivilegedRunner();
  const dataDir = path.join(prodDataDir, "pg");
  const port = String(PROD_PORTS.postgres.port);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // Random bytes as URL-safe text: the password goes into the DSN as it is.
  const password = randomBytes(18).toString("base64url");
  const passwordFile = path.join(prodDataDir, "pg-password");
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runner.account) {
    await chown(dataDir, runner.account.uid, runner.account.gid);
    await chown(passwordFile, runner.account.uid, runner.account.gid);
    console.log(`Running as root: PostgreSQL runs as \`${runner.account.name}\` (it refuses root).`);
  }

  console.log(`Creating a PostgreSQL cluster in ${path.relative(repoRoot, dataDir)} (initdb)…`);
  const initdbArgs = [
    "-D",
    dataDir,
    "-U",
    USER,
    `--pwfile=${passwordFile}`,
    "--auth=scram-sha-256",
    "-E",
    "UTF8",
    "--locale=C",
    "--no-sync",
    "--no-instructions",
  ];
  const initdb = runner.wrap(path.join(pgBin, "initdb"), initdbArgs);
  const created = await runLines(initdb.command, initdb.args, { cwd: prodDataDir });
  await rm(passwordFile, { force: true });
  if (created.code !== 0) {
    printTail("[initdb]", created.output);
    fail(
      `initdb failed (output above). ${runner.account ? `The account \`${runner.account.name}\` must be able to enter every folder above ${dataDir}.` : ""}`,
    );
  }

  const log = createWriteStream(path.join(prodDataDir, "postgres.log"), { flags: "w" });
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const serverArgs = [
    "-D",
    dataDir,
    "-p",
    port,
    "-c",
    "listen_addresses=localhost",
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=100",
  ];
  const server = runner.wrap(path.join(pgBin, "postgres"), serverArgs);
  const service = startService({
    name: "PostgreSQL",
    command: server.command,
    args: server.args,
    cwd: prodDataDir,
    env: process.env,
    onLine: (line) => {
      log.write(`${line}\n`);
      if (READY_LINE.test(line)) markReady();
      else if (/\b(FATAL|PANIC):/.test(line)) console.error(`[postgres] ${line}`);
    },
  });
  stopWhenExits(service, "[postgres]", `Full log: ${path.relative(repoRoot, path.join(prodDataDir, "postgres.log"))}`);
  // SIGTERM would be a "smart" shutdown that waits for Kratos's connections to close; SIGINT ends them at once.
  onStop(() => {
    if (service.pid !== undefined) signalGroup(service.pid, "SIGINT");
  });
  await waitForLine(
    ready,
    START_TIMEOUT_MS,
    `PostgreSQL did not accept connections on localhost:${port} within ${START_TIMEOUT_MS / 1000} s.`,
  );

  const createdb = await runLines(path.join(pgBin, "createdb"), ["-h", "localhost", "-p", port, "-U", USER, DATABASE], {
    env: { ...process.env, PGPASSWORD: password },
  });
  if (createdb.code !== 0) {
    printTail("[createdb]", createdb.output);
    await failAndStop("createdb failed (output above).");
  }
  console.log(`PostgreSQL is ready on localhost:${port}.`);
  // Loopback only, so no TLS here; production uses sslmode=verify-full (README). As many idle
  // connections as open ones: otherwise busy moments close and reopen connections, each a
  // new PostgreSQL process and a SCRAM handshake.
  const dsn = `postgres://${USER}:${password}@localhost:${port}/${DATABASE}?sslmode=disable&max_conns=20&max_idle_conns=20`;
  return { service, dsn };
}

async function waitForLine(ready: Promise<void>, ms: number, message: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    await failAndStop(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
