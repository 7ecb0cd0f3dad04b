// `npm run screenshots`: every page, in each language and theme, at desktop and
// phone width, as PNGs in screenshots/<language>/ (gitignored), so a reviewer can
// look at them all at once. Needs the stack running (npm run dev, or the test stack).
// Arguments narrow it down: scene names, and --languages=de,ar.
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { chromium, expect } from "@playwright/test";
import { UI_URL } from "../e2e/support/urls";
import { fail } from "./lib/prerequisites";
import { SCENES } from "./lib/screenshots/scenes";
import { LANGUAGE_COOKIE } from "../lib/i18n/choose-locale";
import { isLocale, locales, type Locale } from "../lib/i18n/locale";

const OUT = path.resolve("screenshots");
const THEMES = ["light", "dark"] as const;
const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const args = process.argv.slice(2);
const only = args.filter((arg) => !arg.startsWith("--"));
const languagesArg = args.find((arg) => arg.startsWith("--languages="))?.slice("--languages=".length);
const LANGUAGES: readonly Locale[] = languagesArg ? languagesArg.split(",").filter(isLocale) : locales;

const ready = await fetch(`${UI_URL}/health/ready`).then(
  (response) => response.ok,
  () => false,
);
if (!ready) fail(`No account UI answers at ${UI_URL}. Start the stack first (npm run dev), then run npm run screenshots again.`);

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const scenes = only.length ? SCENES.filter((scene) => only.includes(scene.name)) : SCENES;
let done = 0;
const total = LANGUAGES.length * scenes.length * THEMES.length * Object.keys(WIDTHS).length;
for (const language of LANGUAGES) {
  await mkdir(path.join(OUT, language), { recursive: true });
  for (const scene of scenes) {
    for (const theme of THEMES) {
      for (const [widthName, viewport] of Object.entries(WIDTHS)) {
        const context = await browser.newContext({ baseURL: UI_URL, colorScheme: theme, viewport, locale: "en" });
        const page = await context.newPage();
        const file = path.join(OUT, language, `${scene.name}-${theme}-${widthName}.png`);
        try {
          // Scenes are reached in English (their steps find English labels), then the page is shown
          // again in the language, as the language menu would (the same flow, another language).
          await scene.reach(page);
          if (language !== "en") {
            await context.addCookies([{ name: LANGUAGE_COOKIE, value: language, url: page.url() }]);
            await page.reload();
            await expect(page.locator("html")).toHaveAttribute("lang", language);
          }
          await page.screenshot({ path: file, fullPage: true });
        } catch (error) {
          console.error(
            `${language}/${scene.name} (${theme}, ${widthName}) failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
          );
          process.exitCode = 1;
        } finally {
          await context.close();
        }
        done += 1;
        process.stdout.write(`\r${done}/${total} screenshots`);
      }
    }
  }
}
await browser.close();
console.log(`\nWritten to ${OUT}`);
