import { describe, expect, it } from "vitest";
import { parseTraceparent, randomHex, traceContextFrom } from "./trace-context";

const VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

describe("parseTraceparent", () => {
  it("reads the trace id and flags of a version-00 header", () => {
    expect(parseTraceparent(VALID)).toEqual({ traceId: "4bf92f3577b34da6a3ce929d0e0e4736", flags: "01" });
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["upper-case hex", VALID.toUpperCase()],
    ["all-zero trace id", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"],
    ["all-zero parent id", "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"],
    ["version ff", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"],
    ["short trace id", "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01"],
    ["version 00 with extra fields", `${VALID}-extra`],
    ["non-hex flags", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g"],
    ["two headers", [VALID, VALID]],
    ["a huge header", `01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-${"a".repeat(600)}`],
  ])("ignores a %s header", (_name, header) => {
    expect(parseTraceparent(header)).toBeUndefined();
  });

  it("reads the known fields of a later version and ignores what it appends", () => {
    expect(parseTraceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-whatever")).toEqual({
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      flags: "01",
    });
    expect(parseTraceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x")).toBeUndefined();
  });
});

describe("traceContextFrom", () => {
  it("continues the caller's trace with a new span of its own, keeping the sampled flag", () => {
    const trace = traceContextFrom(VALID);
    expect(trace.traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(trace.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(trace.spanId).not.toBe("00f067aa0ba902b7");
    expect(trace.traceparent).toBe(`00-4bf92f3577b34da6a3ce929d0e0e4736-${trace.spanId}-01`);
    expect(traceContextFrom("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00").traceparent).toMatch(/-00$/);
    // Only the sampled bit is defined; unknown bits are not passed on.
    expect(traceContextFrom("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-ff").traceparent).toMatch(/-01$/);
  });

  it("starts a sampled trace when there is no valid header", () => {
    const trace = traceContextFrom("garbage");
    expect(trace.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(parseTraceparent(trace.traceparent)?.traceId).toBe(trace.traceId);
    expect(traceContextFrom(undefined).traceId).not.toBe(trace.traceId);
  });

  it("draws fresh ids across many requests, also where one block of random bytes ends and the next begins", () => {
    const ids = Array.from({ length: 1000 }, () => randomHex(32));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(randomHex(16)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("never mints an all-zero id", () => {
    const draws = ["0".repeat(32), "a".repeat(32), "0".repeat(16), "b".repeat(16)];
    const trace = traceContextFrom(undefined, () => draws.shift() ?? "c");
    expect(trace).toMatchObject({ traceId: "a".repeat(32), spanId: "b".repeat(16) });
  });
});
