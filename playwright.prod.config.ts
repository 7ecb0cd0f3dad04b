import { defineConfig, devices } from "@playwright/test";
import base, { stackWebServer } from "./playwright.config";

/**
 * The core journeys against the production-like stack (npm run stack:prod):
 * through nginx and two UI instances, Kratos without dev mode, on PostgreSQL.
 * `npm run test:prod` starts that stack itself and runs these, then the load test.
 */
export default defineConfig({
  ...base,
  testDir: "e2e/prod",
  // Its own folders, so this run leaves the main suite's report and traces alone.
  outputDir: "test-results-prod",
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report-prod" }]],
  // Production hashing (bcrypt cost 12) makes every sign-in slower than on the test stack.
  timeout: 60_000,
  projects: [{ name: "prod", use: { ...devices["Desktop Chrome"] } }],
  webServer: stackWebServer("scripts/prod-stack.ts"),
});
