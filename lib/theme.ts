import { rememberedChoice } from "./http/remembered-choice";

/** Light, dark, or whatever the system says (the default). */
export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

/** Remembers a theme picked in the theme menu (`?theme=`). */
export const THEME_COOKIE = "theme";

function isTheme(value: string): value is Theme {
  return (themes as readonly string[]).includes(value);
}

/** The page's theme: `?theme=` (the menu's links; then remembered), else the remembered one, else the system's. */
export function chooseTheme(query: string | null, cookie: string | undefined): { theme: Theme; remember: boolean } {
  const { value, remember } = rememberedChoice(query, cookie, (raw) => (isTheme(raw) ? raw : undefined));
  return { theme: value ?? "system", remember };
}
