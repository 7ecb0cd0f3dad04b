import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { browserInitUrl, flowPagePath, kratosBrowserAddress, linkToFlow, logoutLink } from "./urls";

describe("browserInitUrl", () => {
  it("passes through only what Kratos accepts for that flow", () => {
    const query = {
      return_to: "http://localhost:3000/x",
      refresh: "true",
      aal: "aal2",
      via: "email",
      login_challenge: "c1",
      organization: "o1",
      junk: "1",
    };
    expect(new URL(browserInitUrl("login", query)).searchParams.toString()).toBe(
      "return_to=http%3A%2F%2Flocalhost%3A3000%2Fx&refresh=true&aal=aal2&login_challenge=c1&organization=o1&via=email",
    );
    expect(
      new URL(
        browserInitUrl("registration", { ...query, after_verification_return_to: "http://localhost:3000/v" }),
      ).searchParams.toString(),
    ).toBe(
      "return_to=http%3A%2F%2Flocalhost%3A3000%2Fx&login_challenge=c1&after_verification_return_to=http%3A%2F%2Flocalhost%3A3000%2Fv&organization=o1",
    );
    expect(new URL(browserInitUrl("recovery", query)).searchParams.toString()).toBe("return_to=http%3A%2F%2Flocalhost%3A3000%2Fx");
  });

  it("takes the first of repeated parameters and ignores absurdly long ones", () => {
    expect(browserInitUrl("settings", { return_to: ["http://localhost:3000/a", "http://localhost:3000/b"] })).toBe(
      "http://localhost:4433/self-service/settings/browser?return_to=http%3A%2F%2Flocalhost%3A3000%2Fa",
    );
    expect(browserInitUrl("settings", { return_to: `http://localhost:3000/${"a".repeat(5000)}` })).toBe(
      "http://localhost:4433/self-service/settings/browser",
    );
  });
});

describe("linkToFlow", () => {
  it("keeps return_to and the OAuth2 login challenge on links between flows", () => {
    const login = { ...fixture("login"), return_to: "http://localhost:3000/app", oauth2_login_challenge: "challenge-1" };
    expect(linkToFlow("registration", login)).toBe(
      "/registration?return_to=http%3A%2F%2Flocalhost%3A3000%2Fapp&login_challenge=challenge-1",
    );
    expect(linkToFlow("recovery", login)).toBe("/recovery?return_to=http%3A%2F%2Flocalhost%3A3000%2Fapp");
  });

  it("is a bare path when there is nothing to keep", () => {
    expect(linkToFlow("login", { ...fixture("registration"), return_to: undefined })).toBe("/login");
    expect(flowPagePath("verification")).toBe("/verification");
  });
});

describe("logoutLink", () => {
  it("passes the flow's return_to to our sign-out page, and nothing when the flow has none", () => {
    expect(logoutLink({ ...fixture("login-aal2"), return_to: "http://localhost:4446/app?x=1&y=2" })).toBe(
      "/logout?return_to=http%3A%2F%2Flocalhost%3A4446%2Fapp%3Fx%3D1%26y%3D2",
    );
    expect(logoutLink({ ...fixture("settings"), return_to: "" })).toBe("/logout");
  });
});

describe("kratosBrowserAddress", () => {
  it("accepts Kratos's own addresses and rejects others", () => {
    expect(kratosBrowserAddress("http://localhost:4433/self-service/logout?token=t")).toBe(
      "http://localhost:4433/self-service/logout?token=t",
    );
    expect(kratosBrowserAddress("https://evil.example/self-service/logout")).toBeUndefined();
    expect(kratosBrowserAddress("//evil.example/")).toBeUndefined();
    expect(kratosBrowserAddress(undefined)).toBeUndefined();
  });
});
