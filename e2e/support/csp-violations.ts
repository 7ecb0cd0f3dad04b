import type { Page } from "@playwright/test";

/**
 * Collects the console errors Chromium prints when the Content-Security-Policy
 * blocks something (a script, a form target, an inline handler), from now on.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return violations;
}
