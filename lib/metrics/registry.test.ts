import { describe, expect, it } from "vitest";
import { Counter, Histogram, Sampled, renderMetrics } from "./registry";

describe("the Prometheus text format", () => {
  it("writes HELP and TYPE, then one line per label set", () => {
    const counter = new Counter("demo_requests_total", "Requests.\nBy route.", ["route", "status"]);
    counter.inc({ route: "/login", status: "200" });
    counter.inc({ route: "/login", status: "200" });
    counter.inc({ route: "/", status: "503" }, 3);
    expect(renderMetrics([counter])).toBe(
      [
        "# HELP demo_requests_total Requests.\\nBy route.",
        "# TYPE demo_requests_total counter",
        'demo_requests_total{route="/login",status="200"} 2',
        'demo_requests_total{route="/",status="503"} 3',
        "",
      ].join("\n"),
    );
  });

  it("escapes backslashes, quotes and newlines in label values", () => {
    const counter = new Counter("demo_total", "Demo.", ["path"]);
    counter.inc({ path: 'a"b\\c\nd' });
    expect(counter.render()[2]).toBe('demo_total{path="a\\"b\\\\c\\nd"} 1');
  });

  it("writes cumulative histogram buckets, +Inf, sum and count", () => {
    const histogram = new Histogram("demo_seconds", "Durations.", ["route"], [0.5, 0.1, 1]);
    for (const value of [0.05, 0.1, 0.3, 2]) histogram.observe({ route: "/" }, value);
    expect(histogram.render()).toEqual([
      "# HELP demo_seconds Durations.",
      "# TYPE demo_seconds histogram",
      'demo_seconds_bucket{route="/",le="0.1"} 2',
      'demo_seconds_bucket{route="/",le="0.5"} 3',
      'demo_seconds_bucket{route="/",le="1"} 3',
      'demo_seconds_bucket{route="/",le="+Inf"} 4',
      'demo_seconds_sum{route="/"} 2.45',
      'demo_seconds_count{route="/"} 4',
    ]);
  });

  it("reads sampled values when rendered", () => {
    let value = 1;
    const gauge = new Sampled("demo_bytes", "Bytes.", "gauge", () => value);
    expect(gauge.render()[2]).toBe("demo_bytes 1");
    value = Infinity;
    expect(gauge.render()[2]).toBe("demo_bytes +Inf");
  });
});
