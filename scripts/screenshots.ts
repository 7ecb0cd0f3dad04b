// `npm run screenshots`: every page, in each theme, at desktop and phone width,
// as PNGs in screenshots/ (gitignored), so a reviewer can look at them all at once.
// Needs the stack running (npm run dev, or the test stack).
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { UI_URL } from "../e2e/support/urls";
import { fail } from "./lib/prerequisites";
import { SCENES } from "./lib/screenshots/scenes";

const OUT = path.resolve("screenshots");
const THEMES = ["light", "dark"] as const;
const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const only = process.argv.slice(2);

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
const total = scenes.length * THEMES.length * Object.keys(WIDTHS).length;
for (const scene of scenes) {
  for (const theme of THEMES) {
    for (const [widthName, viewport] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({ baseURL: UI_URL, colorScheme: theme, viewport, locale: "en" });
      const page = await context.newPage();
      const file = path.join(OUT, `${scene.name}-${theme}-${widthName}.png`);
      try {
        await scene.reach(page);
        await page.screenshot({ path: file, fullPage: true });
      } catch (error) {
        console.error(`${scene.name} (${theme}, ${widthName}) failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
        process.exitCode = 1;
      } finally {
        await context.close();
      }
      done += 1;
      process.stdout.write(`\r${done}/${total} screenshots`);
    }
  }
}
await browser.close();
console.log(`\nWritten to ${OUT}`);
