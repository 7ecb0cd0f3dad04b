import { describe, expect, it } from "vitest";
import { appAskedToConfirm } from "./reauthentication";

const auth = "http://localhost:4444/oauth2/auth?client_id=demo&response_type=code&scope=openid";

describe("appAskedToConfirm", () => {
  it("is true when the app asked for a fresh sign-in", () => {
    expect(appAskedToConfirm(`${auth}&prompt=login`)).toBe(true);
    expect(appAskedToConfirm(`${auth}&prompt=login%20consent`)).toBe(true);
    expect(appAskedToConfirm(`${auth}&max_age=60`)).toBe(true);
    expect(appAskedToConfirm("/oauth2/auth?prompt=login")).toBe(true);
  });

  it("is false when the app did not ask, or the request cannot be read", () => {
    expect(appAskedToConfirm(auth)).toBe(false);
    expect(appAskedToConfirm(`${auth}&prompt=consent`)).toBe(false);
    expect(appAskedToConfirm("http://[::1")).toBe(false);
    expect(appAskedToConfirm(undefined)).toBe(false);
  });
});
