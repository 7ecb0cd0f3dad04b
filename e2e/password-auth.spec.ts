import { expect, test } from "./fixtures";
import { watchCspViolations } from "./support/csp-violations";
import { DEMO_APP_URL } from "./support/urls";
import { activeSessions, identityByEmail } from "./support/kratos-admin";

test.describe("password sign-up and sign-in", () => {
  test("signing up with a password lands the person signed in, and Kratos records them", async ({ page, registration, home, account }) => {
    await registration.open();
    await registration.signUp(account.email, account.password);
    await home.expectSignedInAs(account.email);
    await expect(page.getByTestId("session-methods")).toHaveText("Password");

    const identity = await identityByEmail(account.email);
    expect(identity?.traits).toMatchObject({ email: account.email });
    expect(await activeSessions(identity!.id)).toHaveLength(1);
  });

  test("signing out ends the session in Kratos", async ({ page, login, home, existingAccount }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await home.expectSignedInAs(existingAccount.email);

    await home.signOut.click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await home.expectSignedOut();
    const identity = await identityByEmail(existingAccount.email);
    expect(await activeSessions(identity!.id)).toHaveLength(0);
  });

  test("signing in shows who is signed in", async ({ page, login, home, existingAccount }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await home.expectSignedInAs(existingAccount.email);
    await expect(page.getByTestId("session-aal")).toHaveText("Without a second step");
  });

  test("a wrong password shows Kratos's message and keeps the email", async ({ page, login, existingAccount }) => {
    await login.open();
    await login.signIn(existingAccount.email, "not-the-password");
    const message = page.getByTestId("ui/message/4000006");
    await expect(message).toHaveText(/The provided credentials are invalid/);
    await expect(message).toHaveAttribute("role", "alert");
    await expect(login.identifier).toHaveValue(existingAccount.email);
    await expect(login.password).toHaveValue("");
  });

  test("signing up twice with one address explains how to sign in instead", async ({ page, registration, existingAccount }) => {
    await registration.open();
    await registration.signUp(existingAccount.email, "Another-Password-42");
    await expect(page.getByTestId("ui/message/4000028")).toContainText("already in use");
  });

  test("a too short password is refused at the password field", async ({ registration, account }) => {
    await registration.open();
    await registration.signUp(account.email, "short1");
    await expect(registration.password).toHaveAttribute("aria-invalid", "true");
    await expect(registration.form.getByTestId("ui/message/4000032")).toBeVisible();
    await expect(registration.email).toHaveValue(account.email);
  });
});

test.describe("journeys", () => {
  const returnTo = "http://localhost:3000/?came=back";

  test("return_to is honoured after sign-in", async ({ page, login, existingAccount }) => {
    await login.open(`?return_to=${encodeURIComponent(returnTo)}`);
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page).toHaveURL(returnTo);
  });

  test("return_to on another allowed origin (the company's app) is reached after the form post", async ({
    page,
    login,
    existingAccount,
  }) => {
    // The demo app stands in for the company's app on another origin (kratos/kratos.yml allows it).
    const appAddress = `${DEMO_APP_URL}/?from=account`;
    const violations = watchCspViolations(page);
    await login.open(`?return_to=${encodeURIComponent(appAddress)}`);
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page).toHaveURL(appAddress);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo app");
    expect(violations).toEqual([]);
  });

  test("return_to survives the hop from sign-in to sign-up", async ({ page, login, registration, account }) => {
    await login.open(`?return_to=${encodeURIComponent(returnTo)}`);
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
    await registration.signUp(account.email, account.password);
    await expect(page).toHaveURL(returnTo);
  });

  test("an unknown flow id starts a fresh flow and keeps return_to", async ({ page, login, existingAccount }) => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    await page.goto(`/login?flow=${unknown}&return_to=${encodeURIComponent(returnTo)}`);
    await expect(page).toHaveURL(/\/login\?flow=/);
    expect(new URL(page.url()).searchParams.get("flow")).not.toBe(unknown);
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page).toHaveURL(returnTo);
  });

  test("a garbled flow id starts a fresh flow", async ({ page, registration }) => {
    await page.goto("/registration?flow=%3Cscript%3E");
    await expect(page).toHaveURL(/\/registration\?flow=[0-9a-f-]{36}$/);
    await expect(registration.submit).toBeVisible();
  });
});
