import { describe, expect, it } from "vitest";
import { servedWhenStaffOnly, staffOnlyAddress } from "./staff-only";

describe("servedWhenStaffOnly", () => {
  it("serves the admin area, health checks and files", () => {
    for (const path of [
      "/admin",
      "/admin/",
      "/admin/identities/6f1c2b1e-8e0e-4d3c-9a0a-1b2c3d4e5f60",
      "/admin/second-factor",
      "/health/ready",
      "/_next/static/chunks/main.js",
      "/favicon.ico",
      "/brand.css",
      "/acme-logo.svg",
    ]) {
      expect(servedWhenStaffOnly(path), path).toBe(true);
    }
  });

  it("serves no self-service page, and nothing that merely starts like the admin area", () => {
    for (const path of [
      "/",
      "/login",
      "/registration",
      "/recovery",
      "/verification",
      "/verification/required",
      "/settings",
      "/settings/delete",
      "/sessions",
      "/logout",
      "/consent",
      "/oauth2/continue",
      "/goodbye",
      "/error",
      "/administrator",
    ]) {
      expect(servedWhenStaffOnly(path), path).toBe(false);
    }
  });
});

describe("staffOnlyAddress", () => {
  it("sends a self-service page, with or without BASE_PATH, to the not-found page", () => {
    expect(staffOnlyAddress("/login?flow=abc", "")).toBe("/_self-service-off");
    expect(staffOnlyAddress("/", "")).toBe("/_self-service-off");
    expect(staffOnlyAddress("/account/settings", "/account")).toBe("/account/_self-service-off");
    expect(staffOnlyAddress("/account", "/account")).toBe("/account/_self-service-off");
  });

  it("leaves the admin area, and addresses outside BASE_PATH, as they are", () => {
    expect(staffOnlyAddress("/admin?page_size=50", "")).toBeUndefined();
    expect(staffOnlyAddress("/account/admin/courier", "/account")).toBeUndefined();
    expect(staffOnlyAddress("/login", "/account")).toBeUndefined();
  });
});
