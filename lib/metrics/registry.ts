/*
 * Just enough of the Prometheus text exposition format (version 0.0.4) for
 * counters, gauges and histograms, so the server needs no metrics library.
 */

export const CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

export interface MetricFamily {
  /** The family's lines: HELP, TYPE, then one line per series. */
  render(): string[];
}

type Series<T> = { values: readonly string[]; state: T };

abstract class Labelled<T> implements MetricFamily {
  private readonly series = new Map<string, Series<T>>();

  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly type: "counter" | "histogram",
    protected readonly labelNames: readonly string[],
  ) {}

  protected abstract fresh(): T;
  protected abstract lines(labels: string, values: readonly string[], state: T): string[];

  protected stateFor(labels: Record<string, string>): T {
    const values = this.labelNames.map((name) => labels[name] ?? "");
    const key = values.join("\u0000");
    let entry = this.series.get(key);
    if (!entry) {
      entry = { values, state: this.fresh() };
      this.series.set(key, entry);
    }
    return entry.state;
  }

  render(): string[] {
    const out = header(this.name, this.help, this.type);
    for (const { values, state } of this.series.values()) out.push(...this.lines(labelText(this.labelNames, values), values, state));
    return out;
  }
}

export class Counter extends Labelled<{ value: number }> {
  constructor(name: string, help: string, labelNames: readonly string[] = []) {
    super(name, help, "counter", labelNames);
  }

  inc(labels: Record<string, string> = {}, by = 1): void {
    this.stateFor(labels).value += by;
  }

  protected fresh(): { value: number } {
    return { value: 0 };
  }

  protected lines(labels: string, _values: readonly string[], state: { value: number }): string[] {
    return [`${this.name}${labels} ${formatNumber(state.value)}`];
  }
}

type Buckets = { counts: number[]; sum: number; count: number };

export class Histogram extends Labelled<Buckets> {
  private readonly bounds: readonly number[];

  constructor(name: string, help: string, labelNames: readonly string[], bounds: readonly number[]) {
    super(name, help, "histogram", labelNames);
    this.bounds = [...bounds].sort((a, b) => a - b);
  }

  observe(labels: Record<string, string>, value: number): void {
    const state = this.stateFor(labels);
    const index = this.bounds.findIndex((bound) => value <= bound);
    if (index !== -1) state.counts[index]! += 1;
    state.sum += value;
    state.count += 1;
  }

  protected fresh(): Buckets {
    return { counts: this.bounds.map(() => 0), sum: 0, count: 0 };
  }

  protected lines(labels: string, values: readonly string[], state: Buckets): string[] {
    const names = [...this.labelNames, "le"];
    let cumulative = 0;
    const out = this.bounds.map((bound, index) => {
      cumulative += state.counts[index] ?? 0;
      return `${this.name}_bucket${labelText(names, [...values, formatNumber(bound)])} ${cumulative}`;
    });
    out.push(`${this.name}_bucket${labelText(names, [...values, "+Inf"])} ${state.count}`);
    out.push(`${this.name}_sum${labels} ${formatNumber(state.sum)}`);
    out.push(`${this.name}_count${labels} ${state.count}`);
    return out;
  }
}

/** A value read when scraped (memory, CPU time, …). */
export class Sampled implements MetricFamily {
  constructor(
    private readonly name: string,
    private readonly help: string,
    private readonly type: "gauge" | "counter",
    private readonly read: () => number,
  ) {}

  render(): string[] {
    return [...header(this.name, this.help, this.type), `${this.name} ${formatNumber(this.read())}`];
  }
}

export function renderMetrics(families: readonly MetricFamily[]): string {
  return `${families.flatMap((family) => family.render()).join("\n")}\n`;
}

function header(name: string, help: string, type: string): string[] {
  return [`# HELP ${name} ${help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`, `# TYPE ${name} ${type}`];
}

function labelText(names: readonly string[], values: readonly string[]): string {
  if (names.length === 0) return "";
  const pairs = names.map((name, index) => `${name}="${escapeLabelValue(values[index] ?? "")}"`);
  return `{${pairs.join(",")}}`;
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}
