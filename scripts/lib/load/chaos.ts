// The planned outages of `npm run load -- --chaos`, against the production-like
// stack (npm run stack:prod), which restarts what stops (scripts/lib/prod/supervise.ts):
// at 20 % of the run one UI instance is killed (SIGKILL to its process group, as
// a crash or the kernel's OOM killer would), at 55 % Kratos is stopped (SIGTERM,
// as a deploy would). Each time it waits until the new process answers.
import { readFile } from "node:fs/promises";
import { KRATOS_SERVICE_ID, UI_INSTANCE_PORTS, pidFile, uiInstanceId } from "../prod/config";
import { signalGroup } from "../signal-group";
import { UsageError } from "./options";

export interface Outage {
  /** performance.now() when the signal was sent. */
  at: number;
  /** performance.now() when the restarted process first answered. */
  backAt: number;
}

export interface ChaosTimeline {
  ui?: Outage & { port: number };
  kratos?: Outage;
}

export const SCHEDULE = { killUi: 0.2, stopKratos: 0.55 } as const;
/** nginx and requests in flight may report a kill a little after the instance is back; Kratos is stopped only after that. */
export const SETTLE_MS = 2000;
const RESTART_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

const KILLED_UI_PORT = UI_INSTANCE_PORTS[0];

async function currentPid(id: string): Promise<number | undefined> {
  const text = await readFile(pidFile(id), "utf8").catch(() => "");
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Refuses to start a chaos run unless the production-like stack's supervised services are there. */
export async function requireProdStack(): Promise<void> {
  for (const id of [uiInstanceId(KILLED_UI_PORT), KRATOS_SERVICE_ID]) {
    if ((await currentPid(id)) === undefined) {
      throw new UsageError(
        `--chaos needs the production-like stack (npm run stack:prod), which restarts what it stops: ${pidFile(id)} is missing`,
      );
    }
  }
}

async function answers(url: string, ok: (status: number) => boolean): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return ok(response.status);
  } catch {
    return false;
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, ms));
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Polls until a new process (another pid) runs and answers; returns when. */
async function restarted(id: string, oldPid: number, url: string, ok: (status: number) => boolean, signal: AbortSignal): Promise<number> {
  const deadline = performance.now() + RESTART_TIMEOUT_MS;
  while (!signal.aborted && performance.now() < deadline) {
    const pid = await currentPid(id);
    if (pid !== undefined && pid !== oldPid && (await answers(url, ok))) return performance.now();
    await pause(POLL_MS, signal);
  }
  throw new Error(`${id} did not answer at ${url} within ${RESTART_TIMEOUT_MS / 1000} s of being stopped`);
}

async function stop(id: string, signal: NodeJS.Signals): Promise<{ pid: number; at: number }> {
  const pid = await currentPid(id);
  if (pid === undefined || !signalGroup(pid, signal)) throw new Error(`could not send ${signal} to ${id} (pid file ${pidFile(id)})`);
  return { pid, at: performance.now() };
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export async function runChaos(options: {
  started: number;
  seconds: number;
  kratosAdminUrl: URL;
  signal: AbortSignal;
}): Promise<ChaosTimeline> {
  const { started, signal } = options;
  const timeline: ChaosTimeline = {};
  const planned = (fraction: number): number => started + options.seconds * 1000 * fraction - performance.now();

  await pause(planned(SCHEDULE.killUi), signal);
  if (signal.aborted) return timeline;
  const uiId = uiInstanceId(KILLED_UI_PORT);
  const killed = await stop(uiId, "SIGKILL");
  console.log(
    `chaos ${seconds(killed.at - started)} s: killed the UI instance on port ${KILLED_UI_PORT} (SIGKILL to process group ${killed.pid})`,
  );
  const uiBack = await restarted(uiId, killed.pid, `http://localhost:${KILLED_UI_PORT}/health/alive`, (status) => status === 200, signal);
  timeline.ui = { port: KILLED_UI_PORT, at: killed.at, backAt: uiBack };
  console.log(`chaos ${seconds(uiBack - started)} s: the restarted UI instance answers (${seconds(uiBack - killed.at)} s after the kill)`);

  // The two outages must not overlap, or their errors could not be told apart.
  await pause(Math.max(planned(SCHEDULE.stopKratos), uiBack + SETTLE_MS - performance.now()), signal);
  if (signal.aborted) return timeline;
  const stopped = await stop(KRATOS_SERVICE_ID, "SIGTERM");
  console.log(`chaos ${seconds(stopped.at - started)} s: stopped Kratos (SIGTERM to process group ${stopped.pid})`);
  const ready = new URL("/admin/health/ready", options.kratosAdminUrl).href;
  const kratosBack = await restarted(KRATOS_SERVICE_ID, stopped.pid, ready, (status) => status === 200, signal);
  timeline.kratos = { at: stopped.at, backAt: kratosBack };
  console.log(
    `chaos ${seconds(kratosBack - started)} s: the restarted Kratos is ready (${seconds(kratosBack - stopped.at)} s after the stop)`,
  );
  return timeline;
}
