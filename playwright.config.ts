import { defineConfig, devices } from "@playwright/test";
import { UI_URL } from "./e2e/support/urls";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // No retries: a test that fails once is a bug to find (both past flakes were real:
  // a race in a test, and SQLite "database is locked" in Kratos under parallel use).
  retries: 0,
  reporter: [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: UI_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Tests that share Kratos's default configuration run in parallel. e2e/prod/ needs
    // the production-like stack (playwright.prod.config.ts).
    { name: "default", use: { ...devices["Desktop Chrome"] }, testIgnore: /(reconfigured|prod)\// },
    // Tests that rewrite Kratos's configuration run afterwards, one at a time.
    {
      name: "reconfigured",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /reconfigured\/.*\.spec\.ts/,
      dependencies: ["default"],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: stackWebServer("scripts/test-stack.ts"),
});

/** Playwright starts the stack (`script`), waits until the UI is ready, and stops it at the end. */
export function stackWebServer(script: string) {
  return {
    command: `npx tsx ${script}`,
    url: `${UI_URL}/health/ready`,
    timeout: 10 * 60_000,
    reuseExistingServer: process.env.E2E_REUSE_STACK === "1",
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  } as const;
}
