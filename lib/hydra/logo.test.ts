import { describe, expect, it } from "vitest";
import { displayableLogo } from "./logo";

describe("displayableLogo", () => {
  const allowed = ["https://app.example.com", "http://localhost:4446"];

  it("answers a logo on an allowed origin", () => {
    expect(displayableLogo("https://app.example.com/logo.svg", allowed)).toBe("https://app.example.com/logo.svg");
    expect(displayableLogo("http://localhost:4446/logo.svg", allowed)).toBe("http://localhost:4446/logo.svg");
  });

  it("leaves out logos the CSP would block, and addresses that are not web addresses", () => {
    expect(displayableLogo("https://tracker.example.net/pixel.png", allowed)).toBeUndefined();
    expect(displayableLogo("http://app.example.com/logo.svg", allowed)).toBeUndefined();
    expect(displayableLogo("javascript:alert(1)", allowed)).toBeUndefined();
    expect(displayableLogo("not a url", allowed)).toBeUndefined();
    expect(displayableLogo("", allowed)).toBeUndefined();
    expect(displayableLogo(undefined, allowed)).toBeUndefined();
  });
});
