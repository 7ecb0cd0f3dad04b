import { describe, expect, it } from "vitest";
import { accessLogLine, requestIdFrom } from "./access-log";
import { traceContextFrom } from "./trace-context";

const trace = traceContextFrom("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

describe("accessLogLine", () => {
  it("logs the path without its query, and the Kratos calls", () => {
    const line = accessLogLine({
      method: "GET",
      url: "/recovery?flow=abc&code=123456&token=secret",
      status: 200,
      durationMs: 12.345,
      context: { requestId: "req-zyxwvuts", trace, kratosCalls: [{ path: "/self-service/recovery/flows", status: 200, ms: 4 }] },
    });
    expect(JSON.parse(line)).toMatchObject({
      level: "info",
      method: "GET",
      path: "/recovery",
      status: 200,
      duration_ms: 12.3,
      request_id: "req-zyxwvuts",
      trace_id: "4bf92f3577b34da6a3ce929d0e0e4736",
      kratos: [{ path: "/self-service/recovery/flows", status: 200, ms: 4 }],
    });
    expect(line).not.toMatch(/123456|secret|abc/);
  });

  it("marks server errors as errors", () => {
    const line = accessLogLine({
      method: "GET",
      url: "/",
      status: 503,
      durationMs: 1,
      context: { requestId: "r-12345678", trace, kratosCalls: [] },
    });
    expect(JSON.parse(line).level).toBe("error");
  });
});

describe("requestIdFrom", () => {
  it("keeps a sane incoming id and replaces anything else", () => {
    expect(requestIdFrom("trace-0123456789")).toBe("trace-0123456789");
    expect(requestIdFrom("<script>")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
