// What the planned outages of a --chaos run may explain, and what they may not.
//  - UI instance killed: while it is away (until it answers again, plus a moment
//    for nginx to notice), at most `concurrency` requests may fail: only those in
//    flight on it, which nginx retries elsewhere when they are idempotent.
//  - Kratos stopped: until `recoveryMs` after the stop, the UI may answer 503 (its
//    "try again" page) and direct requests to Kratos may be refused; a 503 page
//    must be seen, and a checked page must follow the last error within the limit.
//  - Anything else, anywhere, fails the run; isolation violations always do.
import { SETTLE_MS, type ChaosTimeline, type Outage } from "./chaos";
import type { ErrorEvent } from "./stats";

export interface ChaosVerdict {
  uiOutageErrors: number;
  kratosOutage503: number;
  kratosOutageRefused: number;
  /** Seconds from stopping Kratos until the first checked page after its last error. */
  recoverySeconds: number | undefined;
  unexplained: ErrorEvent[];
  reasons: string[];
}

const within = (event: ErrorEvent, from: number, to: number): boolean => event.at >= from && event.at <= to;

function explainedByKratosOutage(event: ErrorEvent): "503" | "refused" | undefined {
  if (event.hop === "ui" && event.kind === "5xx" && event.status === 503) return "503";
  if (event.hop === "kratos" && (event.kind === "network" || event.kind === "5xx")) return "refused";
  return undefined;
}

function recovery(kratos: Outage, events: readonly ErrorEvent[], checkedAt: readonly number[]): number | undefined {
  const lastError = Math.max(kratos.at, ...events.map((event) => event.at));
  const firstGood = checkedAt.find((at) => at > lastError);
  return firstGood === undefined ? undefined : (firstGood - kratos.at) / 1000;
}

export function judgeChaos(
  timeline: ChaosTimeline,
  events: readonly ErrorEvent[],
  checkedAt: readonly number[],
  limits: { concurrency: number; recoveryMs: number },
): ChaosVerdict {
  const reasons: string[] = [];
  const unexplained: ErrorEvent[] = [];
  const uiOutage: ErrorEvent[] = [];
  const kratosOutage: ErrorEvent[] = [];
  const { ui, kratos } = timeline;
  if (!ui) reasons.push("the UI instance was never killed");
  if (!kratos) reasons.push("Kratos was never stopped");

  for (const event of events) {
    if (event.kind === "isolation") unexplained.push(event);
    else if (kratos && within(event, kratos.at, kratos.at + limits.recoveryMs) && explainedByKratosOutage(event)) kratosOutage.push(event);
    else if (ui && within(event, ui.at, ui.backAt + SETTLE_MS)) uiOutage.push(event);
    else unexplained.push(event);
  }

  if (uiOutage.length > limits.concurrency) {
    reasons.push(
      `${uiOutage.length} requests failed while a UI instance was down (at most ${limits.concurrency}, the requests in flight, may)`,
    );
  }
  const kratosOutage503 = kratosOutage.filter((event) => explainedByKratosOutage(event) === "503").length;
  const recoverySeconds = kratos ? recovery(kratos, kratosOutage, checkedAt) : undefined;
  if (kratos) {
    if (kratosOutage503 === 0) reasons.push("no page answered 503 while Kratos was down");
    if (recoverySeconds === undefined) reasons.push("no page was served after Kratos's outage");
    else if (recoverySeconds * 1000 > limits.recoveryMs)
      reasons.push(`pages recovered ${recoverySeconds.toFixed(1)} s after Kratos stopped (limit ${limits.recoveryMs / 1000} s)`);
  }
  if (unexplained.length > 0) reasons.push(`${unexplained.length} error(s) no planned outage explains`);
  return {
    uiOutageErrors: uiOutage.length,
    kratosOutage503,
    kratosOutageRefused: kratosOutage.length - kratosOutage503,
    recoverySeconds,
    unexplained,
    reasons,
  };
}
