// What the load test measured: latencies per route, errors by kind, and the
// percentile maths (nearest rank: p50 of 1..10 is 5, p90 is 9, p99 is 10).

export const ERROR_KINDS = ["5xx", "status", "unexpected", "isolation", "network"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const ERROR_LABELS: Record<ErrorKind, string> = {
  "5xx": "5xx",
  status: "other non-2xx/3xx",
  unexpected: "unexpected redirect/content",
  isolation: "isolation violations",
  network: "network/timeouts",
};

const MAX_DETAILS = 20;

/** Which server answered (or failed to): the UI, through its public address, or Kratos directly. */
export type Hop = "ui" | "kratos";

/** One error, when it was seen (performance.now()), for telling apart the errors a planned outage explains. */
export interface ErrorEvent {
  kind: ErrorKind;
  at: number;
  hop: Hop;
  /** The HTTP status, when there was an answer. */
  status?: number;
  detail: string;
}

export class Recorder {
  readonly latencies = new Map<string, number[]>();
  readonly errors: Record<ErrorKind, number> = { "5xx": 0, status: 0, unexpected: 0, isolation: 0, network: 0 };
  readonly details: string[] = [];
  readonly events: ErrorEvent[] = [];
  /** When each page that passed its isolation check finished (performance.now()). */
  readonly checkedAt: number[] = [];
  httpRequests = 0;
  pageLoads = 0;
  /** 200 HTML pages whose emails were checked and found to be only their own user's. */
  checkedPages = 0;
  /** Page loads still running when the run's grace period ended (not counted as errors). */
  cutOff = 0;

  latency(route: string, ms: number): void {
    const list = this.latencies.get(route) ?? [];
    list.push(ms);
    this.latencies.set(route, list);
  }

  error(kind: ErrorKind, detail: string, where: { hop: Hop; status?: number } = { hop: "ui" }): void {
    this.errors[kind] += 1;
    this.events.push({ kind, at: performance.now(), detail, ...where });
    if (this.details.length < MAX_DETAILS) this.details.push(`${kind}: ${detail}`);
  }

  checked(): void {
    this.checkedPages += 1;
    this.checkedAt.push(performance.now());
  }
}

/** Nearest-rank percentile of ascending `sorted` values; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

export interface Summary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
  };
}
