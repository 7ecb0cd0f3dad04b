import { describe, expect, it } from "vitest";
import { decideFailure, messageForErrorId, offersSignIn, statusForErrorId, type KratosFailure } from "./errors";

const context = { query: { flow: "abc", return_to: "http://localhost:3000/after" }, hasCsrfCookie: true };
const failure = (status: number, id?: string, details?: Record<string, unknown>): KratosFailure => ({
  status,
  error: { message: "x", id, details: details as Record<string, never> | undefined },
});

describe("decideFailure", () => {
  it.each([
    ["an expired flow", failure(410, "self_service_flow_expired")],
    ["an unknown flow", failure(404)],
    ["a CSRF failure with a cookie present", failure(403, "security_csrf_violation")],
    ["a flow of another identity", failure(403, "security_identity_mismatch")],
    ["a session that already exists (Kratos checks return_to)", failure(400, "session_already_available")],
  ])("starts a new flow for %s, keeping return_to", (_, kratosFailure) => {
    expect(decideFailure("login", kratosFailure, context)).toEqual({
      type: "redirect",
      to: "http://localhost:4433/self-service/login/browser?return_to=http%3A%2F%2Flocalhost%3A3000%2Fafter",
    });
  });

  it("prefers the return_to Kratos kept on the expired flow", () => {
    const outcome = decideFailure("registration", failure(410, "self_service_flow_expired", { return_to: "http://localhost:3000/kept" }), {
      query: { flow: "abc" },
      hasCsrfCookie: true,
    });
    expect(outcome).toEqual({
      type: "redirect",
      to: "http://localhost:4433/self-service/registration/browser?return_to=http%3A%2F%2Flocalhost%3A3000%2Fkept",
    });
  });

  it("does not loop when the browser sends no CSRF cookie at all", () => {
    expect(decideFailure("login", failure(403, "security_csrf_violation"), { ...context, hasCsrfCookie: false })).toEqual({
      type: "show",
      errorId: "cookies_required",
      status: 403,
    });
  });

  it("follows Kratos to the second factor when it asks for it", () => {
    const to = "http://localhost:4433/self-service/login/browser?aal=aal2";
    expect(decideFailure("settings", failure(403, "session_aal2_required", { redirect_browser_to: to }), context)).toEqual({
      type: "redirect",
      to,
    });
  });

  it("never follows a redirect to a host other than Kratos", () => {
    const outcome = decideFailure(
      "settings",
      failure(422, "browser_location_change_required", { redirect_browser_to: "https://evil.example/" }),
      context,
    );
    expect(outcome.type === "redirect" && outcome.to.startsWith("http://localhost:4433/self-service/settings/browser")).toBe(true);
  });

  it("shows an error page for errors a new flow cannot fix", () => {
    expect(decideFailure("login", failure(400, "self_service_flow_return_to_forbidden"), context)).toEqual({
      type: "show",
      errorId: "self_service_flow_return_to_forbidden",
      status: 400,
    });
    expect(decideFailure("login", failure(500), context)).toEqual({ type: "show", errorId: "unknown", status: 500 });
  });

  it("keeps Kratos's server error status when there is no id (not the 400 of an unknown id)", () => {
    expect(decideFailure("settings", failure(502), context)).toEqual({ type: "show", errorId: "unknown", status: 502 });
    expect(decideFailure("settings", failure(503, "some_new_id"), context)).toEqual({ type: "show", errorId: "some_new_id", status: 503 });
  });
});

describe("the error id table", () => {
  it("gives each known id its status, wording and way on", () => {
    expect(statusForErrorId("self_service_flow_expired")).toBe(410);
    expect(statusForErrorId("session_aal1_required")).toBe(401);
    expect(messageForErrorId("session_aal1_required", "Kratos's reason")).toBe(
      "Please sign in first. A second sign-in step can only be asked for once you are signed in.",
    );
    expect(offersSignIn("session_aal1_required")).toBe(true);
    expect(offersSignIn("security_csrf_violation")).toBe(false);
  });

  it("treats unknown ids, and Object's own member names, as unknown", () => {
    for (const id of ["not_an_id", "__proto__", "constructor", "toString"]) {
      expect(statusForErrorId(id)).toBe(400);
      expect(messageForErrorId(id, "fallback")).toBe("fallback");
      expect(offersSignIn(id)).toBe(false);
    }
    expect(messageForErrorId(undefined)).toBe("An unexpected error occurred. Please try again.");
  });
});
