import { describe, expect, it } from "vitest";
import { chooseTheme } from "./theme";

describe("chooseTheme", () => {
  it("follows the system until the person picks a theme", () => {
    expect(chooseTheme(null, undefined)).toEqual({ theme: "system", remember: false });
    expect(chooseTheme("purple", "also-wrong")).toEqual({ theme: "system", remember: false });
  });

  it("takes ?theme= and remembers it; a remembered theme holds on the next page", () => {
    expect(chooseTheme("dark", undefined)).toEqual({ theme: "dark", remember: true });
    expect(chooseTheme("Dark", "dark")).toEqual({ theme: "dark", remember: false });
    expect(chooseTheme(null, "light")).toEqual({ theme: "light", remember: false });
    expect(chooseTheme("system", "dark")).toEqual({ theme: "system", remember: true });
  });
});
