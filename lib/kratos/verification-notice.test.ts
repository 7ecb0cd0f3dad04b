import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import type { LoginFlow, VerificationFlow } from "./types";
import { needsVerification, noticeCookieValue, noticeFor, verificationRequiredPath } from "./verification-notice";

const NOT_VERIFIED = { id: 4000010, type: "error" as const, text: "Account not active yet. Did you forget to verify your email address?" };

function refusedLogin(extra: Partial<LoginFlow> = {}): LoginFlow {
  const flow = fixture("login");
  return { ...flow, ...extra, ui: { ...flow.ui, messages: [NOT_VERIFIED] } };
}

function verificationIssuedAt(date: Date, state: VerificationFlow["state"] = "choose_method"): VerificationFlow {
  return { ...fixture("verification"), issued_at: date.toISOString(), state };
}

describe("needsVerification", () => {
  it("spots Kratos's 4000010 on a login flow, and only that", () => {
    expect(needsVerification(refusedLogin())).toBe(true);
    expect(needsVerification(fixture("login"))).toBe(false);
    expect(needsVerification(fixture("login-invalid-credentials"))).toBe(false);
  });
});

describe("verificationRequiredPath", () => {
  it("carries return_to and the OAuth2 login challenge over to the sign-in that follows", () => {
    const path = verificationRequiredPath(refusedLogin({ return_to: "http://localhost:3000/?x=1", oauth2_login_challenge: "abc" }));
    const url = new URL(path, "http://localhost:3000");
    expect(url.pathname).toBe("/verification/required");
    expect(url.searchParams.get("return_to")).toBe("http://localhost:3000/?x=1");
    expect(url.searchParams.get("login_challenge")).toBe("abc");
    expect(verificationRequiredPath(refusedLogin())).toBe("/verification/required");
  });
});

describe("noticeFor", () => {
  const sentAt = new Date("2026-01-01T12:00:00Z");
  const cookie = noticeCookieValue(4000010, sentAt);

  it("holds only the message id and the time, and shows Kratos's wording from the catalogue", () => {
    expect(cookie).toBe(`4000010.${sentAt.getTime() / 1000}`);
    expect(noticeFor(verificationIssuedAt(new Date(sentAt.getTime() + 800)), cookie)).toEqual(NOT_VERIFIED);
  });

  it("belongs to the flow started when it was set, not to one started minutes later", () => {
    expect(noticeFor(verificationIssuedAt(new Date(sentAt.getTime() + 5 * 60_000)), cookie)).toBeUndefined();
    expect(noticeFor(verificationIssuedAt(new Date(sentAt.getTime() - 5 * 60_000)), cookie)).toBeUndefined();
  });

  it("steps aside once the mail is out or the address is verified", () => {
    expect(noticeFor(verificationIssuedAt(sentAt, "sent_email"), cookie)).toBeUndefined();
    expect(noticeFor(verificationIssuedAt(sentAt, "passed_challenge"), cookie)).toBeUndefined();
  });

  it.each([undefined, "", "4000010", "1234.1767268800", "4000010.x", "<script>.1767268800", `4000010.${sentAt.getTime() / 1000}.1`])(
    "ignores a missing, unknown or malformed cookie: %s",
    (value) => {
      expect(noticeFor(verificationIssuedAt(sentAt), value)).toBeUndefined();
    },
  );
});
