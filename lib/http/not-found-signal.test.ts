import { notFound, redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { isNotFoundSignal } from "./not-found-signal";

function thrownBy(signal: () => never): unknown {
  try {
    signal();
  } catch (error) {
    return error;
  }
  throw new Error("nothing thrown");
}

describe("isNotFoundSignal", () => {
  it("recognises what Next's notFound() throws, and nothing else", () => {
    expect(isNotFoundSignal(thrownBy(notFound))).toBe(true);
    expect(isNotFoundSignal(thrownBy(() => redirect("/login")))).toBe(false);
    expect(isNotFoundSignal(new Error("NEXT_HTTP_ERROR_FALLBACK;404"))).toBe(false);
    expect(isNotFoundSignal(undefined)).toBe(false);
  });
});
