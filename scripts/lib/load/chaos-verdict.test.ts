import { describe, expect, it } from "vitest";
import type { ChaosTimeline } from "./chaos";
import { judgeChaos } from "./chaos-verdict";
import type { ErrorEvent } from "./stats";

// Times in ms of the load phase: UI instance down 10 000–15 000, Kratos stopped at 25 000.
const timeline: ChaosTimeline = { ui: { port: 3001, at: 10_000, backAt: 15_000 }, kratos: { at: 25_000, backAt: 27_000 } };
const limits = { concurrency: 4, recoveryMs: 20_000 };

function event(at: number, kind: ErrorEvent["kind"], hop: ErrorEvent["hop"] = "ui", status?: number): ErrorEvent {
  return { at, kind, hop, status, detail: `${kind} at ${at}` };
}

const kratosOutage = [event(25_100, "5xx", "ui", 503), event(25_200, "network", "kratos")];
const pagesAfter = [5_000, 20_000, 29_000];

describe("judgeChaos", () => {
  it("passes when the only errors are a few during the UI kill and 503s while Kratos is down, followed by good pages", () => {
    const verdict = judgeChaos(timeline, [event(10_050, "network"), ...kratosOutage], pagesAfter, limits);
    expect(verdict.reasons).toEqual([]);
    expect(verdict).toMatchObject({ uiOutageErrors: 1, kratosOutage503: 1, kratosOutageRefused: 1, recoverySeconds: 4 });
  });

  it("allows at most `concurrency` failures while a UI instance is down", () => {
    const failures = Array.from({ length: 5 }, (_, index) => event(10_100 + index, "5xx", "ui", 502));
    expect(judgeChaos(timeline, [...failures, ...kratosOutage], pagesAfter, limits).reasons).toEqual([
      "5 requests failed while a UI instance was down (at most 4, the requests in flight, may)",
    ]);
  });

  it("counts errors outside both outages, and any isolation violation, as unexplained", () => {
    const verdict = judgeChaos(timeline, [event(2_000, "5xx", "ui", 500), event(10_100, "isolation"), ...kratosOutage], pagesAfter, limits);
    expect(verdict.unexplained.map((unexplained) => unexplained.at)).toEqual([2_000, 10_100]);
    expect(verdict.reasons).toEqual(["2 error(s) no planned outage explains"]);
  });

  it("does not let Kratos's outage explain a 500 or a redirect to sign-in", () => {
    const verdict = judgeChaos(
      timeline,
      [...kratosOutage, event(25_300, "5xx", "ui", 500), event(25_400, "unexpected", "ui", 303)],
      pagesAfter,
      limits,
    );
    expect(verdict.unexplained).toHaveLength(2);
  });

  it("requires a 503 page during Kratos's outage and a good page within the limit after it", () => {
    expect(judgeChaos(timeline, [event(25_200, "network", "kratos")], pagesAfter, limits).reasons).toEqual([
      "no page answered 503 while Kratos was down",
    ]);
    expect(judgeChaos(timeline, kratosOutage, [5_000], limits).reasons).toEqual(["no page was served after Kratos's outage"]);
    expect(judgeChaos(timeline, kratosOutage, [46_000], limits).reasons).toEqual([
      "pages recovered 21.0 s after Kratos stopped (limit 20 s)",
    ]);
  });

  it("fails a run in which the outages never happened", () => {
    expect(judgeChaos({}, [], pagesAfter, limits).reasons).toEqual(["the UI instance was never killed", "Kratos was never stopped"]);
  });
});
