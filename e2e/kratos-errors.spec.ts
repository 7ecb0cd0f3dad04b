import { expect, test } from "./fixtures";
import { newAccount } from "./support/accounts";
import { createIdentity } from "./support/kratos-admin";
import { UI_URL } from "./support/urls";

test.describe("what the person sees when Kratos refuses", () => {
  test("security_csrf_violation with a stale CSRF cookie starts a fresh flow", async ({ page, login, existingAccount }) => {
    await login.open();
    const staleId = new URL(page.url()).searchParams.get("flow");
    const csrf = (await page.context().cookies()).find((cookie) => cookie.name.startsWith("csrf_token"))!;
    await page.context().addCookies([{ ...csrf, value: "dGFtcGVyZWQtY3NyZi1jb29raWUtdmFsdWU=" }]);

    await page.goto(`/login?flow=${staleId}`);
    await expect(page).toHaveURL(/\/login\?flow=/);
    expect(new URL(page.url()).searchParams.get("flow")).not.toBe(staleId);
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
  });

  test("security_csrf_violation without any CSRF cookie explains that cookies are needed, with 403", async ({ page, login }) => {
    await login.open();
    const flowId = new URL(page.url()).searchParams.get("flow");
    await page.context().clearCookies();
    const response = await page.goto(`/login?flow=${flowId}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("ui/error/message")).toContainText("allow cookies");
  });

  test("security_identity_mismatch: another account's settings link gives this person their own settings", async ({
    browser,
    login,
    page,
    existingAccount,
  }) => {
    await login.open("?return_to=" + encodeURIComponent(`${UI_URL}/settings`));
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page).toHaveURL(/\/settings\?flow=/);
    const foreignSettings = page.url();

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const someoneElse = newAccount();
    await createIdentity(someoneElse.email, someoneElse.password);
    await otherPage.goto(`${UI_URL}/login`);
    await otherPage.getByRole("form", { name: "Password" }).getByLabel("Email").fill(someoneElse.email);
    await otherPage.getByRole("form", { name: "Password" }).getByLabel("Password", { exact: true }).fill(someoneElse.password);
    await otherPage.getByRole("button", { name: "Sign in with password" }).click();
    await expect(otherPage.getByText(`You are signed in as ${someoneElse.email}.`)).toBeVisible();

    await otherPage.goto(foreignSettings);
    await expect(otherPage).toHaveURL(/\/settings\?flow=/);
    expect(otherPage.url()).not.toBe(foreignSettings);
    await expect(otherPage.getByRole("form", { name: "Profile" }).getByLabel("Email")).toHaveValue(someoneElse.email);
    await other.close();
  });

  test("session_already_available: signing up while signed in leads home instead of an error", async ({ page, login, home, existingAccount }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await home.expectSignedInAs(existingAccount.email);
    await page.goto("/registration");
    await home.expectSignedInAs(existingAccount.email);
  });

  test("session_aal1_required: asking for a second factor without a session leads to a clear page", async ({ page }) => {
    const response = await page.goto("/login?aal=aal2");
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/TypeError|at .+:\d+:\d+/);
  });

  test("OAuth2-style errors show the provider's description as text, with 400", async ({ page }) => {
    const response = await page.goto(
      `/error?error=access_denied&error_description=${encodeURIComponent("The user <b>denied</b> access")}`,
    );
    expect(response?.status()).toBe(400);
    await expect(page.getByTestId("ui/error/message")).toHaveText("The user <b>denied</b> access");
    await expect(page.locator("b", { hasText: "denied" })).toHaveCount(0);
  });
});
