import { monitorEventLoopDelay } from "node:perf_hooks";
import { Sampled, formatNumber, type MetricFamily } from "./registry";

/** Memory, CPU time and event-loop delay of this process, read at each scrape. */
export function processMetrics(): MetricFamily[] {
  const started = Date.now() / 1000 - process.uptime();
  const cpuSeconds = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  return [
    new Sampled("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", () => process.memoryUsage.rss()),
    new Sampled("nodejs_heap_size_used_bytes", "V8 heap in use, in bytes.", "gauge", () => process.memoryUsage().heapUsed),
    new Sampled("nodejs_heap_size_total_bytes", "V8 heap reserved, in bytes.", "gauge", () => process.memoryUsage().heapTotal),
    new Sampled("process_cpu_seconds_total", "User and system CPU time spent, in seconds.", "counter", cpuSeconds),
    new Sampled("process_start_time_seconds", "Start time of the process since the Unix epoch, in seconds.", "gauge", () => started),
    new EventLoopDelay(),
  ];
}

/** How late the event loop ran its timers; the figures cover the time since the previous scrape. */
class EventLoopDelay implements MetricFamily {
  private readonly loop = monitorEventLoopDelay({ resolution: 20 });

  constructor() {
    this.loop.enable();
  }

  render(): string[] {
    const seconds = (nanoseconds: number): string => formatNumber(this.loop.count > 0 ? nanoseconds / 1e9 : 0);
    const lines = [
      "# HELP nodejs_eventloop_delay_p99_seconds 99th percentile of the event loop's delay since the previous scrape.",
      "# TYPE nodejs_eventloop_delay_p99_seconds gauge",
      `nodejs_eventloop_delay_p99_seconds ${seconds(this.loop.percentile(99))}`,
      "# HELP nodejs_eventloop_delay_max_seconds Longest event loop delay since the previous scrape.",
      "# TYPE nodejs_eventloop_delay_max_seconds gauge",
      `nodejs_eventloop_delay_max_seconds ${seconds(this.loop.max)}`,
    ];
    this.loop.reset();
    return lines;
  }
}
