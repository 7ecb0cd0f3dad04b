import { expect, test } from "./fixtures";
import { collectableGarbage, startExtraUi, type ExtraUi } from "./support/extra-ui";
import { TcpRelay } from "./support/tcp-relay";
import { KRATOS_PUBLIC_URL } from "./support/urls";

// A UI on port 3001 that reaches the real Kratos only through a relay on 4999.
const relay = new TcpRelay(4999, { host: "localhost", port: Number(new URL(KRATOS_PUBLIC_URL).port) });
let ui: ExtraUi;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  ui = await startExtraUi(3001, {
    KRATOS_PUBLIC_URL: "http://localhost:4999",
    KRATOS_BROWSER_URL: KRATOS_PUBLIC_URL,
    KRATOS_TIMEOUT_MS: "1500",
    ...collectableGarbage,
  });
});

test.afterAll(async () => {
  await relay.close();
  await ui.stop();
});

test("Kratos down: a clear 503 page, and the UI recovers by itself once Kratos is back", async ({ page }) => {
  await relay.close();
  // With a flow id the page must ask Kratos for it.
  const down = await page.goto(`${ui.url}/login?flow=00000000-0000-4000-8000-000000000000`);
  expect(down?.status()).toBe(503);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account service unavailable");
  await expect(page.getByTestId("ui/error/message")).toContainText("cannot reach the account service");
  await expect(page.locator("body")).not.toContainText(/at \w+ \(|ECONNREFUSED|TypeError/);

  await relay.open();
  const back = await page.goto(`${ui.url}/`);
  expect(back?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome");
});

test("Kratos hanging: the request is cut off after the timeout with a clear 504 page", async ({ page }) => {
  await relay.stall();
  const started = Date.now();
  const response = await page.goto(`${ui.url}/`);
  expect(response?.status()).toBe(504);
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(page.getByTestId("ui/error/message")).toContainText("taking too long");
  await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", "/");
});

for (const stall of ["headers", "body"] as const) {
  test(`Kratos stalling its ${stall}: still cut off after the timeout, even when the server collects garbage meanwhile`, async ({
    page,
  }) => {
    await (stall === "headers" ? relay.stall() : relay.stallBody());
    const reached = relay.nextConnection();
    const started = Date.now();
    const response = page.goto(`${ui.url}/login?flow=00000000-0000-4000-8000-000000000000`);
    await reached;
    ui.collectGarbage();
    expect((await response)?.status()).toBe(504);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(page.getByTestId("ui/error/message")).toContainText("taking too long");
  });
}

test("/health/ready follows Kratos while /health/alive only says the process answers", async ({ request }) => {
  await relay.close();
  expect((await request.get(`${ui.url}/health/ready`)).status()).toBe(503);
  expect((await request.get(`${ui.url}/health/alive`)).status()).toBe(200);
  await relay.open();
  expect((await request.get(`${ui.url}/health/ready`)).status()).toBe(200);
});
