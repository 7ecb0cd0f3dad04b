import { afterEach, describe, expect, it, vi } from "vitest";
import { audit } from "./audit";

afterEach(() => vi.restoreAllMocks());

describe("audit", () => {
  it("writes one JSON line: who, what, which identity, the outcome, and nothing else", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    audit({
      actor: { id: "admin-id", identifier: "support@example.com" },
      action: "identity.traits.update",
      target: { id: "person-id", identifier: "person@example.com" },
      outcome: "failure",
      status: 400,
    });
    expect(log).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(log.mock.calls[0]?.[0])) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "warn",
      msg: "audit",
      action: "identity.traits.update",
      outcome: "failure",
      actor_id: "admin-id",
      actor: "support@example.com",
      identity_id: "person-id",
      identity: "person@example.com",
      status: 400,
    });
    expect(Object.keys(line).sort()).toEqual([
      "action",
      "actor",
      "actor_id",
      "identity",
      "identity_id",
      "level",
      "msg",
      "outcome",
      "status",
      "time",
    ]);
  });
});
