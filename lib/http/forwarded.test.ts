import { describe, expect, it } from "vitest";
import { forwardedHost, forwardedHttps, isHttpsRequest } from "./forwarded";

describe("forwardedHttps", () => {
  it("reads the first value of a chain of proxies", () => {
    expect(forwardedHttps("https, http")).toBe(true);
    expect(forwardedHttps("http, https")).toBe(false);
    expect(forwardedHttps(["HTTPS"])).toBe(true);
  });

  it("is false without the header", () => {
    expect(forwardedHttps(undefined)).toBe(false);
    expect(forwardedHttps(null)).toBe(false);
  });
});

describe("forwardedHost", () => {
  it("prefers the first X-Forwarded-Host value over Host", () => {
    const headers = new Headers({ host: "ui:3000", "x-forwarded-host": " accounts.example.org , edge.internal" });
    expect(forwardedHost(headers)).toBe("accounts.example.org");
  });

  it("falls back to Host when X-Forwarded-Host is missing or empty", () => {
    expect(forwardedHost(new Headers({ host: "localhost:3000" }))).toBe("localhost:3000");
    expect(forwardedHost(new Headers({ host: "localhost:3000", "x-forwarded-host": "" }))).toBe("localhost:3000");
    expect(forwardedHost(new Headers())).toBeUndefined();
  });
});

describe("isHttpsRequest", () => {
  it("counts the proxy's X-Forwarded-Proto as well as the server's own protocol", () => {
    expect(isHttpsRequest(new Headers(), "https:")).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https" }), "http:")).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "http" }), "http:")).toBe(false);
  });
});
