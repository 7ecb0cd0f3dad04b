// The load test's report: a compact text summary, then a Markdown table row block
// for README (header, separator, one row for this run).
import type { ChaosTimeline } from "./chaos";
import type { ChaosVerdict } from "./chaos-verdict";
import { ERROR_KINDS, ERROR_LABELS, type Recorder, summarize, type Summary } from "./stats";
import { ROUTES } from "./workers";

export interface RunFacts {
  users: number;
  concurrency: number;
  /** Seconds the load phase actually took (cap plus the page loads still running). */
  elapsed: number;
  cap: number;
}

/**
 * Why the run failed (empty: it passed): any 5xx (with --chaos: any error its
 * planned outages do not explain), any isolation violation, a signed-in user
 * signed out, or nothing actually checked.
 */
export function failures(recorder: Recorder, lost: readonly string[], chaos?: ChaosVerdict): string[] {
  const reasons: string[] = [];
  if (chaos) reasons.push(...chaos.reasons);
  else if (recorder.errors["5xx"] > 0) reasons.push(`${recorder.errors["5xx"]} 5xx`);
  if (lost.length > 0) reasons.push(`${lost.length} user(s) no longer signed in`);
  if (recorder.errors.isolation > 0) reasons.push(`${recorder.errors.isolation} isolation violation(s)`);
  if (recorder.checkedPages === 0) reasons.push("no page was loaded and checked");
  return reasons;
}

export function report(facts: RunFacts, recorder: Recorder): string {
  const perSecond = (n: number): string => (n / facts.elapsed).toFixed(1);
  const lines = [
    `users ${facts.users}  concurrency ${facts.concurrency}  duration ${facts.elapsed.toFixed(1)} s (cap ${facts.cap} s)`,
    `page loads ${recorder.pageLoads} (${perSecond(recorder.pageLoads)}/s)  HTTP requests ${recorder.httpRequests} (${perSecond(recorder.httpRequests)}/s)  pages checked for isolation ${recorder.checkedPages}`,
    "",
    `${"route".padEnd(24)}${["count", "p50", "p90", "p99", "max"].map((h) => h.padStart(8)).join("")}  (ms)`,
  ];
  for (const route of Object.values(ROUTES)) {
    const s = summarize(recorder.latencies.get(route) ?? []);
    lines.push(`${route.padEnd(24)}${[s.count, s.p50, s.p90, s.p99, s.max].map((n) => ms(n).padStart(8)).join("")}`);
  }
  lines.push("", `errors: ${ERROR_KINDS.map((kind) => `${ERROR_LABELS[kind]} ${recorder.errors[kind]}`).join(" · ")}`);
  if (recorder.cutOff > 0) lines.push(`(${recorder.cutOff} request(s) still running at the grace limit were cut off, not counted)`);
  if (recorder.details.length > 0) lines.push("first errors:", ...recorder.details.map((detail) => `  ${detail}`));
  return lines.join("\n");
}

/** The outages, as seconds into the load phase, and what they cost. */
export function chaosReport(timeline: ChaosTimeline, verdict: ChaosVerdict, started: number, concurrency: number): string {
  const s = (at: number): string => ((at - started) / 1000).toFixed(1);
  const lines: string[] = [];
  if (timeline.ui) {
    const { ui } = timeline;
    lines.push(
      `UI instance ${ui.port} killed at ${s(ui.at)} s, answering again at ${s(ui.backAt)} s; ` +
        `failed requests meanwhile ${verdict.uiOutageErrors} (allowed: at most ${concurrency})`,
    );
  }
  if (timeline.kratos) {
    const { kratos } = timeline;
    const recovered = verdict.recoverySeconds === undefined ? "never" : `${verdict.recoverySeconds.toFixed(1)} s after the stop`;
    lines.push(
      `Kratos stopped at ${s(kratos.at)} s, ready again at ${s(kratos.backAt)} s; ` +
        `503 pages ${verdict.kratosOutage503}, refused requests to Kratos ${verdict.kratosOutageRefused}; pages recovered ${recovered}`,
    );
  }
  if (verdict.unexplained.length > 0) {
    lines.push(
      "errors no outage explains:",
      ...verdict.unexplained.slice(0, 10).map((event) => `  ${s(event.at)} s ${event.kind}: ${event.detail}`),
    );
  }
  return lines.join("\n");
}

export function markdown(facts: RunFacts, recorder: Recorder): string {
  const triple = (route: string): string => {
    const s: Summary = summarize(recorder.latencies.get(route) ?? []);
    return [s.p50, s.p90, s.p99, s.max].map(ms).join(" / ");
  };
  const { errors } = recorder;
  const header = [
    "Date",
    "Users",
    "Concurrency",
    "Seconds",
    "HTTP requests",
    "Req/s",
    "`/` p50 / p90 / p99 / max ms",
    "`/settings` chain p50 / p90 / p99 / max ms",
    "5xx",
    "Other errors",
    "Isolation violations",
  ];
  const row = [
    new Date().toISOString().slice(0, 10),
    String(facts.users),
    String(facts.concurrency),
    facts.elapsed.toFixed(1),
    String(recorder.httpRequests),
    (recorder.httpRequests / facts.elapsed).toFixed(1),
    triple(ROUTES.home),
    triple(ROUTES.settings),
    String(errors["5xx"]),
    String(errors.status + errors.unexpected + errors.network),
    String(errors.isolation),
  ];
  return [header, header.map(() => "---"), row].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function ms(n: number): string {
  return Number.isNaN(n) ? "-" : String(Math.round(n));
}
