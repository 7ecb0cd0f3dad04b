import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "../fixtures";
import { startExtraUi, type ExtraUi } from "../support/extra-ui";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, "../..");
const BASE_PATH = "/account";
const PORT = 3005;
const site = `http://localhost:${PORT}`;
const ui = (page: string) => `${site}${BASE_PATH}${page}`;
// Next answers the base path itself, without a trailing slash.
const START = new RegExp(`^${site}${BASE_PATH}/?$`);

let server: ExtraUi;

// A company serving the UI under a path of its main site: a build with BASE_PATH, and Kratos sending people there.
test.beforeAll(async () => {
  test.setTimeout(6 * 60_000);
  const env = {
    ...process.env,
    BASE_PATH,
    NEXT_DIST_DIR: ".next-base-path",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
  };
  await run(path.join(repoRoot, "node_modules/.bin/next"), ["build"], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
  server = await startExtraUi(PORT, { BASE_PATH, NEXT_DIST_DIR: ".next-base-path" });
  await setKratosConfig({
    selfservice: {
      default_browser_return_url: ui("/"),
      allowed_return_urls: [ui("")],
      flows: {
        error: { ui_url: ui("/error") },
        login: { ui_url: ui("/login") },
        registration: { ui_url: ui("/registration") },
        settings: { ui_url: ui("/settings") },
        recovery: { ui_url: ui("/recovery") },
        verification: { ui_url: ui("/verification"), after: { default_browser_return_url: ui("/") } },
        logout: { after: { default_browser_return_url: ui("/login") } },
      },
    },
  });
});

test.afterAll(async () => {
  await resetKratosConfig();
  await server?.stop();
});

test("under BASE_PATH=/account every link, redirect and asset stays under /account: sign in, settings, sessions, sign out", async ({
  page,
  login,
  existingAccount,
}) => {
  const response = await page.goto(ui("/"));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome");
  // The stylesheet is served from under the base path.
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  expect(stylesheet?.startsWith(`${BASE_PATH}/_next/static/`)).toBe(true);
  expect((await page.request.get(`${site}${stylesheet}`)).status()).toBe(200);

  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`^${ui("/login")}\\?flow=`));
  await login.signIn(existingAccount.email, existingAccount.password);
  await expect(page).toHaveURL(START);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");

  await page.getByRole("link", { name: "Account settings" }).click();
  await expect(page).toHaveURL(new RegExp(`^${ui("/settings")}\\?flow=`));
  await page.getByRole("link", { name: "See where you're signed in" }).click();
  await expect(page).toHaveURL(ui("/sessions"));
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page).toHaveURL(START);

  await page.getByTestId("logout").click();
  await expect(page).toHaveURL(new RegExp(`^${ui("/login")}`));
  expect((await page.request.get(ui("/health/ready"))).status()).toBe(200);
});

test("settings opened signed out come back to /account/settings after signing in", async ({ page, login, existingAccount }) => {
  await page.goto(ui("/settings"));
  await expect(page).toHaveURL(new RegExp(`^${ui("/login")}\\?flow=`));
  await login.signIn(existingAccount.email, existingAccount.password);
  await expect(page).toHaveURL(new RegExp(`^${ui("/settings")}\\?flow=`));
});
