import type { BrandPalette } from "./palette";

/**
 * The brand's colours as the semantic tokens of app/globals.css, for both
 * themes. `html:root` outranks the defaults' `:root` whatever order the
 * stylesheets arrive in.
 */
export function brandStylesheet(palettes: { light: BrandPalette; dark: BrandPalette }): string {
  const { light, dark } = palettes;
  const pair = (name: keyof BrandPalette) => `light-dark(${light[name]}, ${dark[name]})`;
  return `html:root {
  --color-primary: ${pair("primary")};
  --color-primary-hover: ${pair("primaryHover")};
  --color-on-primary: ${pair("onPrimary")};
  --color-focus: ${pair("focus")};
}
`;
}
