import { describe, expect, it } from "vitest";
import type { Identity } from "@/lib/kratos/types";
import { idTokenClaims, scopesToGrant } from "./claims";

const identity = {
  id: "7c0f3a1e-0000-4000-8000-000000000001",
  schema_id: "default",
  schema_url: "http://localhost:4433/schemas/ZGVmYXVsdA",
  traits: { email: "Ada@Example.org", name: "Ada Lovelace" },
  verifiable_addresses: [{ id: "a1", value: "ada@example.org", verified: true, via: "email", status: "completed" }],
} as Identity;

describe("scopesToGrant", () => {
  it("grants exactly the requested scopes left ticked, in the app's order", () => {
    expect(scopesToGrant(["openid", "email", "profile", "offline_access"], ["profile", "openid"])).toEqual(["openid", "profile"]);
  });

  it("never grants what the app did not ask for, and allows granting nothing", () => {
    expect(scopesToGrant(["openid"], ["openid", "admin"])).toEqual(["openid"]);
    expect(scopesToGrant(["openid", "email"], [])).toEqual([]);
  });
});

describe("idTokenClaims", () => {
  it("adds email with its verified state for the email scope, and the name for profile", () => {
    expect(idTokenClaims(identity, ["openid", "email", "profile"])).toEqual({
      email: "Ada@Example.org",
      email_verified: true,
      name: "Ada Lovelace",
    });
  });

  it("adds nothing the granted scopes do not cover", () => {
    expect(idTokenClaims(identity, ["openid"])).toEqual({});
    expect(idTokenClaims(identity, ["openid", "profile"])).toEqual({ name: "Ada Lovelace" });
  });

  it("says an address is unverified when Kratos has not verified it", () => {
    const unverified = { ...identity, verifiable_addresses: [{ ...identity.verifiable_addresses![0]!, verified: false }] } as Identity;
    expect(idTokenClaims(unverified, ["email"])).toEqual({ email: "Ada@Example.org", email_verified: false });
  });
});
