import { contrast, mix, oklchToRgb, parseHex, toHex, type Rgb } from "./colour";

/** The surfaces the primary colour sits on, as app/globals.css defines them (checked by palette.test.ts). */
export const SURFACES = {
  light: [oklchToRgb(1, 0, 0), oklchToRgb(0.975, 0.004, 250)],
  dark: [oklchToRgb(0.23, 0.015, 260), oklchToRgb(0.18, 0.015, 260)],
} as const;

const WHITE: Rgb = [1, 1, 1];
const BLACK: Rgb = [0, 0, 0];
/** WCAG 2.2 AA for text: links and button labels are primary-coloured text or text on primary. */
export const AA = 4.5;

export type BrandPalette = { primary: string; primaryHover: string; onPrimary: string; focus: string };

/** The smallest contrast of a colour with the surfaces of a theme. */
function worstOn(colour: Rgb, surfaces: readonly Rgb[]): number {
  return Math.min(...surfaces.map((surface) => contrast(colour, surface)));
}

/** White or black, whichever reads better on the colour. */
function textOn(colour: Rgb): Rgb {
  return contrast(colour, WHITE) >= contrast(colour, BLACK) ? WHITE : BLACK;
}

function palette(primary: Rgb, towardsHover: Rgb): BrandPalette {
  return {
    primary: toHex(primary),
    primaryHover: toHex(mix(primary, towardsHover, 0.15)),
    onPrimary: toHex(textOn(primary)),
    focus: toHex(primary),
  };
}

/**
 * The brand's primary colour for both themes. The light one must reach AA on the
 * light surfaces as given (a company's colour is not silently changed); the dark
 * one, when not given, is the light one lightened until it reaches AA on the dark
 * surfaces. Throws with what failed and by how much.
 */
export function brandPalettes(lightHex: string, darkHex?: string): { light: BrandPalette; dark: BrandPalette } {
  const light = parseHex(lightHex);
  if (!light) throw new Error(`"${lightHex}" is not a colour written as #rrggbb`);
  const lightRatio = worstOn(light, SURFACES.light);
  if (lightRatio < AA || contrast(light, textOn(light)) < AA) {
    throw new Error(
      `${lightHex} has a contrast of ${lightRatio.toFixed(2)}:1 on the light background; WCAG AA needs ${AA}:1 (choose a darker shade)`,
    );
  }
  let dark = darkHex === undefined ? undefined : parseHex(darkHex);
  if (darkHex !== undefined && !dark) throw new Error(`"${darkHex}" is not a colour written as #rrggbb`);
  if (!dark) {
    for (let step = 0; step <= 20 && !dark; step += 1) {
      const candidate = mix(light, WHITE, step / 20);
      if (worstOn(candidate, SURFACES.dark) >= AA) dark = candidate;
    }
  }
  const darkRatio = dark ? worstOn(dark, SURFACES.dark) : 0;
  if (!dark || darkRatio < AA || contrast(dark, textOn(dark)) < AA) {
    throw new Error(
      `the dark theme's primary colour has a contrast of ${darkRatio.toFixed(2)}:1 on the dark background; WCAG AA needs ${AA}:1 (choose a lighter shade)`,
    );
  }
  return { light: palette(light, BLACK), dark: palette(dark, WHITE) };
}
