import { describe, expect, it } from "vitest";
import { parseMetadata } from "./metadata";

describe("parseMetadata", () => {
  it("takes a JSON object, or nothing", () => {
    expect(parseMetadata('{"roles":["admin"]}')).toEqual({ ok: true, value: { roles: ["admin"] } });
    expect(parseMetadata("  ")).toEqual({ ok: true, value: null });
  });

  it("refuses what is not a JSON object", () => {
    expect(parseMetadata("{roles: admin}")).toEqual({ ok: false });
    expect(parseMetadata("[1]")).toEqual({ ok: false });
    expect(parseMetadata('"admin"')).toEqual({ ok: false });
  });
});
