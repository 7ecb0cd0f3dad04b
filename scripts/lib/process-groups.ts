import { spawn, type ChildProcess } from "node:child_process";
import { Socket } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { signalGroup } from "./signal-group";

export type ServiceSpec = {
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Receives every output line (stdout and stderr). */
  onLine: (line: string) => void;
};

export type Service = {
  name: string;
  /** The main process's id, which is also its process group's id (undefined if it could not start). */
  pid: number | undefined;
  /** The last output lines, to show why it stopped. */
  tail: string[];
  /** Settles when the service's main process exits, with a description of how. */
  exited: Promise<string>;
};

/** Process groups still to stop: each service runs detached, so its helpers (esbuild, Next workers) die with it. */
const groups = new Set<number>();
let reaper: ChildProcess | undefined;

function tellReaper(message: string): void {
  if (!reaper) {
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "orphan-reaper.ts");
    reaper = spawn(process.execPath, [...process.execArgv, script], { detached: true, stdio: ["pipe", "ignore", "ignore"] });
    reaper.unref();
    reaper.stdin?.on("error", () => {});
    if (reaper.stdin instanceof Socket) reaper.stdin.unref();
    // Runs even on process.exit(); the reaper escalates to SIGKILL if needed.
    process.on("exit", () => {
      for (const pgid of groups) signalGroup(pgid, "SIGTERM");
    });
  }
  reaper.stdin?.write(`${message}\n`);
}

export function startService(spec: ServiceSpec): Service {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const tail: string[] = [];
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
    child.once("exit", (code, signal) => {
      forgetIfGone(child.pid);
      resolve(signal ? `was killed by ${signal}` : `exited with code ${code ?? "?"}`);
    });
  });
  if (child.pid !== undefined) {
    groups.add(child.pid);
    tellReaper(`+${child.pid}`);
  }
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      spec.onLine(line);
    });
  }
  return { name: spec.name, pid: child.pid, tail, exited };
}

function forgetIfGone(pgid: number | undefined): void {
  if (pgid === undefined || !groups.has(pgid) || signalGroup(pgid, 0)) return;
  groups.delete(pgid);
  tellReaper(`-${pgid}`);
}

async function waitUntilGone(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    for (const pgid of groups) forgetIfGone(pgid);
    if (groups.size === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops every service's whole process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopServices(graceMs = 5000): Promise<void> {
  for (const pgid of groups) signalGroup(pgid, "SIGTERM");
  await waitUntilGone(Date.now() + graceMs);
  for (const pgid of groups) signalGroup(pgid, "SIGKILL");
  await waitUntilGone(Date.now() + 2000);
}
