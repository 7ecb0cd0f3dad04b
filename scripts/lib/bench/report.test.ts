import { describe, expect, it } from "vitest";
import { FLOOR_LOGIN_PAGE, FLOOR_PAGE, verdicts, type Summary } from "./report";

const figures = { cpuMsPerRequest: 1, requestsPerSecond: 1, p50Ms: 1, p99Ms: 1, requests: 1 };

function row(page: string, cpuVsFloor: number, jsOverFloorBytes = 3_000): Summary {
  return { page, c1: figures, c16: figures, cpuVsFloor, htmlBytes: 1, rscBytes: 1, jsGzipBytes: 1, jsOverFloorBytes };
}

function rows(bound: number, login: number, settings: number): Summary[] {
  return [row("/login?flow=", login), row("/settings?flow=", settings), row(FLOOR_PAGE, 1, 0), row(FLOOR_LOGIN_PAGE, bound, 0)];
}

describe("the bench's verdicts", () => {
  it("holds every goal to its limit", () => {
    const verdict = verdicts(rows(1.3, 1.45, 1.9));
    expect(verdict.met).toBe(true);
    expect(verdict.lines.slice(0, 3).every((line) => line.startsWith("MET "))).toBe(true);
    expect(verdict.lines).toContain(
      "bound:  floor /login?flow= (the floor plus one Kratos flow fetch and a bare form) is 1.30× the floor's CPU",
    );
  });

  it("says which goal is not met", () => {
    const verdict = verdicts(rows(1.3, 2.25, 3.41));
    expect(verdict.met).toBe(false);
    expect(verdict.lines[0]).toBe("NOT MET goal 2: /login?flow= CPU 2.25× the floor's (limit 1.5×)");
    expect(verdict.lines[1]).toBe("NOT MET goal 2: other pages at most 3.41× (/settings?flow=; limit 2×)");
    expect(verdict.lines[2]).toMatch(/^MET {5}goal 3/);
  });

  it("gives no goal-2 verdict when the bound is not above the floor: the floor's passes were disturbed", () => {
    const verdict = verdicts(rows(0.94, 1.21, 1.71));
    expect(verdict.met).toBe(false);
    expect(verdict.lines[0]).toBe("UNSURE  goal 2: /login?flow= CPU 1.21× the floor's (limit 1.5×)");
    expect(verdict.lines[1]).toMatch(/^UNSURE {2}goal 2: other pages/);
    expect(verdict.lines[2]).toMatch(/^MET {5}goal 3/);
    expect(verdict.lines.at(-1)).toMatch(/^UNSURE: the bound is not above the floor/);
  });
});
