import { describe, expect, it } from "vitest";
import type { Identity } from "@/lib/kratos/types";
import { decideAdminAccess, identifierOf, isAdmin, type AdminRequest } from "./access";

const ID = "6f1c2b1e-8e0e-4d3c-9a0a-1b2c3d4e5f60";

function identity(overrides: Partial<Identity> = {}): Identity {
  return {
    id: ID,
    schema_id: "default",
    schema_url: "http://localhost:4433/schemas/ZGVmYXVsdA",
    traits: { email: "support@example.com" },
    verifiable_addresses: [
      {
        id: "a",
        value: "support@example.com",
        verified: true,
        via: "email",
        status: "completed",
      },
    ],
    ...overrides,
  };
}

const roleAdmin = identity({ metadata_public: { roles: ["support", "admin"] } });
const nobody = identity();

function request(session: AdminRequest["session"], extra: Partial<AdminRequest> = {}): AdminRequest {
  return { adminApi: true, session, adminIdentities: [], ...extra };
}

describe("isAdmin", () => {
  it("knows admins by metadata_public.roles", () => {
    expect(isAdmin(roleAdmin, [])).toBe(true);
    expect(isAdmin(identity({ metadata_public: { roles: ["support"] } }), [])).toBe(false);
    expect(isAdmin(identity({ metadata_public: { roles: "admin" } }), [])).toBe(false);
    expect(isAdmin(nobody, [])).toBe(false);
  });

  it("knows admins by id, in any case", () => {
    expect(isAdmin(nobody, [ID])).toBe(true);
    expect(isAdmin(identity({ id: ID.toUpperCase() }), [ID])).toBe(true);
  });

  it("knows admins by a verified email address only", () => {
    expect(isAdmin(nobody, ["support@example.com"])).toBe(true);
    const unverified = identity({
      verifiable_addresses: [{ id: "a", value: "Support@Example.com", verified: false, via: "email", status: "sent" }],
    });
    expect(isAdmin(unverified, ["support@example.com"])).toBe(false);
    // An email trait without a verified address proves nothing.
    expect(isAdmin(identity({ verifiable_addresses: [] }), ["support@example.com"])).toBe(false);
  });
});

describe("the admin gate", () => {
  it("hides /admin from everyone when Kratos's admin API is not configured", () => {
    expect(decideAdminAccess(request({ state: "active", aal: "aal2", identity: roleAdmin }, { adminApi: false }))).toEqual({
      type: "hidden",
    });
  });

  it("hides /admin from a browser that is not signed in", () => {
    expect(decideAdminAccess(request({ state: "signed-out" }))).toEqual({ type: "hidden" });
  });

  it("hides /admin from a signed-in person who is not an admin, at any level", () => {
    expect(decideAdminAccess(request({ state: "active", aal: "aal2", identity: nobody }))).toEqual({ type: "hidden" });
    expect(decideAdminAccess(request({ state: "active", aal: "aal1", identity: nobody }, { hasSecondFactor: true }))).toEqual({
      type: "hidden",
    });
    expect(decideAdminAccess(request({ state: "needs-second-factor", identity: nobody }))).toEqual({ type: "hidden" });
  });

  it("hides /admin when the identity behind a session missing its second factor cannot be found", () => {
    expect(decideAdminAccess(request({ state: "needs-second-factor" }))).toEqual({ type: "hidden" });
  });

  it("sends an admin at aal1 to their second factor", () => {
    expect(decideAdminAccess(request({ state: "needs-second-factor", identity: roleAdmin }))).toEqual({ type: "second-factor" });
    expect(decideAdminAccess(request({ state: "active", aal: "aal1", identity: roleAdmin }, { hasSecondFactor: true }))).toEqual({
      type: "second-factor",
    });
  });

  it("asks an admin without any second factor to set one up", () => {
    expect(decideAdminAccess(request({ state: "active", aal: "aal1", identity: roleAdmin }, { hasSecondFactor: false }))).toEqual({
      type: "enrol-second-factor",
    });
  });

  it("lets admins at aal2 in, by role or by configuration", () => {
    expect(decideAdminAccess(request({ state: "active", aal: "aal2", identity: roleAdmin }))).toEqual({ type: "allow", admin: roleAdmin });
    expect(
      decideAdminAccess(request({ state: "active", aal: "aal2", identity: nobody }, { adminIdentities: ["support@example.com"] })),
    ).toEqual({
      type: "allow",
      admin: nobody,
    });
    expect(decideAdminAccess(request({ state: "active", aal: "aal2", identity: nobody }, { adminIdentities: [ID] }))).toEqual({
      type: "allow",
      admin: nobody,
    });
  });
});

describe("identifierOf", () => {
  it("names an identity by its email trait, else its first address, else its id", () => {
    expect(identifierOf(nobody)).toBe("support@example.com");
    expect(identifierOf(identity({ traits: { username: "x" } }))).toBe("support@example.com");
    expect(identifierOf(identity({ traits: {}, verifiable_addresses: [] }))).toBe(ID);
  });
});
