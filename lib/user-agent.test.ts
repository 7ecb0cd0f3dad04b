import { describe, expect, it } from "vitest";
import { displayIpAddress, summariseUserAgent } from "./user-agent";

describe("summariseUserAgent", () => {
  it.each([
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome", "Linux"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox", "Windows"],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      "Safari",
      "macOS",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Edge",
      "Windows",
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "Chrome",
      "Android",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Safari",
      "iOS",
    ],
    [
      "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Chrome",
      "ChromeOS",
    ],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36", "Chrome", "Linux"],
  ])("%s is %s on %s", (userAgent, browser, os) => {
    expect(summariseUserAgent(userAgent)).toEqual({ browser, os });
  });

  it("names what it recognises and leaves the rest out", () => {
    expect(summariseUserAgent("curl/8.5.0")).toEqual({ browser: "curl", os: undefined });
    expect(summariseUserAgent("node")).toEqual({ browser: undefined, os: undefined });
    expect(summariseUserAgent(undefined)).toEqual({});
    expect(summariseUserAgent("")).toEqual({});
  });
});

describe("displayIpAddress", () => {
  it("drops the port Kratos records with the address", () => {
    expect(displayIpAddress("127.0.0.1:52394")).toBe("127.0.0.1");
    expect(displayIpAddress("[::1]:52394")).toBe("::1");
    expect(displayIpAddress("[2001:db8::1]")).toBe("2001:db8::1");
  });

  it("keeps addresses without a port as they are", () => {
    expect(displayIpAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(displayIpAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(displayIpAddress("")).toBeUndefined();
    expect(displayIpAddress(undefined)).toBeUndefined();
  });
});
