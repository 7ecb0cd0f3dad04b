import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrast, oklchToRgb, parseHex, toHex } from "./colour";
import { AA, brandPalettes, SURFACES } from "./palette";

describe("brandPalettes", () => {
  it("keeps an accessible colour as given and derives an accessible dark one", () => {
    const { light, dark } = brandPalettes("#0b5d1e");
    expect(light.primary).toBe("#0b5d1e");
    expect(light.onPrimary).toBe("#ffffff");
    const darkPrimary = parseHex(dark.primary)!;
    for (const surface of SURFACES.dark) expect(contrast(darkPrimary, surface)).toBeGreaterThanOrEqual(AA);
    expect(contrast(darkPrimary, parseHex(dark.onPrimary)!)).toBeGreaterThanOrEqual(AA);
  });

  it("refuses a light colour below AA, saying by how much", () => {
    expect(() => brandPalettes("#ffcc00")).toThrow(/contrast of 1\.\d\d:1 on the light background; WCAG AA needs 4.5:1/);
    expect(() => brandPalettes("yellow")).toThrow(/not a colour/);
  });

  it("refuses a given dark colour below AA", () => {
    expect(() => brandPalettes("#0b5d1e", "#0b5d1e")).toThrow(/dark background/);
  });
});

describe("the surfaces the check uses", () => {
  it("are the ones app/globals.css paints", () => {
    const css = readFileSync("app/globals.css", "utf8");
    const token = (name: string) => {
      const match = new RegExp(
        `--color-${name}: light-dark\\(oklch\\(([\\d.]+) ([\\d.]+) ([\\d.]+)\\), oklch\\(([\\d.]+) ([\\d.]+) ([\\d.]+)\\)\\)`,
      ).exec(css);
      if (!match) throw new Error(`--color-${name} not found`);
      const [l1, c1, h1, l2, c2, h2] = match.slice(1).map(Number) as [number, number, number, number, number, number];
      return { light: toHex(oklchToRgb(l1, c1, h1)), dark: toHex(oklchToRgb(l2, c2, h2)) };
    };
    expect([token("surface").light, token("canvas").light]).toEqual(SURFACES.light.map(toHex));
    expect([token("surface").dark, token("canvas").dark]).toEqual(SURFACES.dark.map(toHex));
  });
});
