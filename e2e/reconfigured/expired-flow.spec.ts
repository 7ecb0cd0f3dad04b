import { expect, test } from "../fixtures";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { KRATOS_PUBLIC_URL } from "../support/urls";

test.describe("expired flows", () => {
  test.beforeAll(() => setKratosConfig({ selfservice: { flows: { login: { lifespan: "2s" } } } }));
  test.afterAll(() => resetKratosConfig());

  test("opening an expired flow starts a fresh one and keeps return_to", async ({ page, login, existingAccount }) => {
    const returnTo = "http://localhost:3000/?after=expiry";
    await login.open(`?return_to=${encodeURIComponent(returnTo)}`);
    const expiredUrl = page.url();
    const expiredId = new URL(expiredUrl).searchParams.get("flow");
    await waitUntilExpired(page.request, expiredId!);

    await page.goto(expiredUrl);
    await expect(page).toHaveURL(/\/login\?flow=/);
    expect(new URL(page.url()).searchParams.get("flow")).not.toBe(expiredId);
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page).toHaveURL(returnTo);
  });

  test("submitting an expired flow shows Kratos's message on a fresh one", async ({ page, login, existingAccount }) => {
    await login.open();
    const expiredId = new URL(page.url()).searchParams.get("flow");
    await waitUntilExpired(page.request, expiredId!);

    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page.getByTestId("ui/message/4010001")).toBeVisible();
    expect(new URL(page.url()).searchParams.get("flow")).not.toBe(expiredId);
  });
});

/** Polls Kratos (with the browser's cookies) until it reports the flow as expired. */
async function waitUntilExpired(request: import("@playwright/test").APIRequestContext, flowId: string): Promise<void> {
  await expect
    .poll(async () => (await request.get(`${KRATOS_PUBLIC_URL}/self-service/login/flows?id=${flowId}`)).status(), {
      timeout: 10_000,
    })
    .toBe(410);
}
