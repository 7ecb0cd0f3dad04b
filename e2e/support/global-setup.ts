import { existsSync } from "node:fs";

/** Fails the run with one clear line when the browser Playwright drives is missing. */
export default function globalSetup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}
