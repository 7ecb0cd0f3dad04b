import { describe, expect, it } from "vitest";
import { definedProps } from "./defined-props";

describe("definedProps", () => {
  it("keeps every prop with a value, false, null, 0 and empty text included", () => {
    expect(definedProps({ a: "x", b: undefined, c: false, d: null, e: 0, f: "" })).toEqual({ a: "x", c: false, d: null, e: 0, f: "" });
    expect(Object.keys(definedProps({ pattern: undefined, step: undefined }))).toEqual([]);
  });
});
