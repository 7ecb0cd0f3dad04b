// The servers under test, each a child process on its own loopback port, and the
// CPU time they spend (utime + stime from /proc, children included).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../kratos-module";
import { URLS } from "../stack-config";
import { uiServerCommand } from "../ui-server";
import { floorDir } from "./builds";

export const BENCH_PORTS = { ui: 3100, floor: 3101 } as const;

export type Server = {
  name: string;
  origin: string;
  child: ChildProcess;
  /** CPU milliseconds the process tree has used so far. */
  cpuMs(): number;
  stop(): Promise<void>;
};

const logDir = path.join(repoRoot, ".data", "bench");
const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** The UI's production server (`npm start`), with the test stack's settings. */
export function startUi(cpuProfDir: string | undefined): Promise<Server> {
  const { command, args } = uiServerCommand();
  return start("ours", command, [...profileFlags(cpuProfDir), ...args], BENCH_PORTS.ui, {
    PORT: String(BENCH_PORTS.ui),
    KRATOS_PUBLIC_URL: URLS.kratosPublic,
    CSP_FORM_ACTION_ORIGINS: URLS.idp,
    ALLOWED_RETURN_URLS: URLS.demoApp,
    HYDRA_ADMIN_URL: URLS.hydraAdmin,
    HYDRA_PUBLIC_URL: URLS.hydraPublic,
    // To try Node or V8 flags on our server only (the floor keeps Node's defaults).
    ...(process.env.BENCH_UI_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_UI_NODE_OPTIONS } : {}),
  });
}

/** The floor: `next start` on bench/floor. */
export function startFloor(cpuProfDir: string | undefined): Promise<Server> {
  const next = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");
  const args = [...profileFlags(cpuProfDir), next, "start", floorDir, "--hostname", "localhost", "--port", String(BENCH_PORTS.floor)];
  return start("floor", process.execPath, args, BENCH_PORTS.floor, { KRATOS_PUBLIC_URL: URLS.kratosPublic });
}

function profileFlags(dir: string | undefined): string[] {
  return dir === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${path.resolve(dir)}`];
}

async function start(name: string, command: string, args: string[], port: number, env: Record<string, string>): Promise<Server> {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${name}.log`), { flags: "w" });
  await new Promise((resolve) => log.once("open", resolve));
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", log, log],
  });
  const origin = `http://localhost:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: Server = {
    name,
    origin,
    child,
    cpuMs: () => treeCpuMs(child.pid ?? -1),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
      log.end();
    },
  };
  try {
    await waitUntilAnswering(origin, exited);
  } catch (error) {
    await server.stop();
    throw new Error(
      `${name} server: ${error instanceof Error ? error.message : String(error)} (log: ${path.relative(repoRoot, logDir)}/${name}.log)`,
    );
  }
  return server;
}

async function waitUntilAnswering(origin: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error("exited before it answered");
    try {
      const response = await fetch(`${origin}/`, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`did not answer at ${origin} within 30 s`);
}

/** utime + stime of a process and all its descendants, in milliseconds. */
function treeCpuMs(root: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.set(Number(entry), stat);
  }
  let ticks = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, stat] of stats) if (stat.ppid === pid) pending.push(child);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

function readStat(pid: number): { ppid: number; ticks: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // gone meanwhile
  }
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}
