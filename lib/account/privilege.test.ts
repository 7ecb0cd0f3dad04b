import { describe, expect, it } from "vitest";
import { confirmsIdentifier, privilegeNeed } from "./privilege";

const now = Date.parse("2026-12-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
const base = { maxAgeMs: 15 * 60_000, now, hasSecondFactor: false };

describe("privilegeNeed", () => {
  it("accepts a recent sign-in at the identity's highest level", () => {
    expect(privilegeNeed({ ...base, aal: "aal1", authenticatedAt: minutesAgo(1) })).toBe("none");
    expect(privilegeNeed({ ...base, hasSecondFactor: true, aal: "aal2", authenticatedAt: minutesAgo(14) })).toBe("none");
  });

  it("asks to sign in again when the sign-in is older than the privileged window, or unknown", () => {
    expect(privilegeNeed({ ...base, aal: "aal1", authenticatedAt: minutesAgo(16) })).toBe("sign-in-again");
    expect(privilegeNeed({ ...base, aal: "aal1", authenticatedAt: undefined })).toBe("sign-in-again");
  });

  it("asks for the second factor when the identity has one and the session lacks it", () => {
    expect(privilegeNeed({ ...base, hasSecondFactor: true, aal: "aal1", authenticatedAt: minutesAgo(1) })).toBe("second-factor");
  });
});

describe("confirmsIdentifier", () => {
  it("matches the identifier, ignoring case and spaces around it", () => {
    expect(confirmsIdentifier(" Me@Example.org ", "me@example.org")).toBe(true);
    expect(confirmsIdentifier("me@example.com", "me@example.org")).toBe(false);
    expect(confirmsIdentifier("", "")).toBe(false);
    expect(confirmsIdentifier(null, "me@example.org")).toBe(false);
  });
});
