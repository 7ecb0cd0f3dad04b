import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("GET /verification/required", () => {
  it("remembers the reason in a narrow, HttpOnly cookie and starts verification that returns to sign-in", () => {
    const returnTo = "http://localhost:3000/?x=1";
    const response = GET(
      new NextRequest(`http://localhost:3000/verification/required?return_to=${encodeURIComponent(returnTo)}&login_challenge=abc`),
    );

    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin + location.pathname).toBe("http://localhost:4433/self-service/verification/browser");
    // Relative: behind a proxy the server cannot know the address people use.
    const signInAddress = location.searchParams.get("return_to")!;
    expect(signInAddress).toMatch(/^\/login\?/);
    const signIn = new URL(signInAddress, "http://any.example");
    expect(signIn.searchParams.get("return_to")).toBe(returnTo);
    expect(signIn.searchParams.get("login_challenge")).toBe("abc");

    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^verification_notice=4000010\.\d+;/);
    expect(cookie).toMatch(/Path=\/verification/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Max-Age=900/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it("returns to a relative sign-in address whatever the Host, and marks the cookie Secure behind an HTTPS proxy", () => {
    const request = new NextRequest("http://localhost:3000/verification/required?return_to=%2Fsettings", {
      headers: { host: "account.example.com", "x-forwarded-proto": "https" },
    });
    const response = GET(request);
    const location = new URL(response.headers.get("location")!);
    expect(location.searchParams.get("return_to")).toBe("/login?return_to=%2Fsettings");
    expect(response.headers.get("set-cookie")).toMatch(/Secure/);
  });
});
