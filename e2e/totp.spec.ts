import { expect, test } from "./fixtures";
import { secondStepScreen } from "./screens/second-step-screen";
import { twoFactorSettingsScreen } from "./screens/two-factor-settings-screen";
import { activeSessions, getIdentity, identityByEmail } from "./support/kratos-admin";
import { enrolSecondFactors, totpCode, wrongTotpCode } from "./support/second-factor";
import { accessLogLine } from "./support/ui-log";
import { UI_URL } from "./support/urls";
import type { Account } from "./support/accounts";
import type { Page } from "@playwright/test";

/** An account with TOTP and recovery codes signs in with its password and reaches the second step. */
async function passwordThenSecondStep(page: Page, account: Account) {
  const secrets = await enrolSecondFactors(account);
  const secondStep = secondStepScreen(page);
  await secondStep.reachFromPassword(account);
  return { ...secrets, secondStep };
}

test.describe("authenticator app (TOTP)", () => {
  test("settings show the QR code and the secret to copy; a wrong code is refused, the right one links the app", async ({
    page,
    context,
    settings,
    home,
    existingAccount,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    // The home page remembers what is set up; the change below must still show there.
    await page.goto("/");
    await expect(page.getByTestId("home-method-totp")).toHaveText("Not set up");
    await settings.open();
    const twoFactor = twoFactorSettingsScreen(page);
    await expect(twoFactor.totp).toHaveAccessibleDescription("Use an authenticator app as a second step when you sign in.");
    await expect(twoFactor.totpStatus).toHaveText("Not set up");
    await expect(twoFactor.qrCode).toBeVisible();
    await expect(twoFactor.qrCode).toHaveAttribute("data-testid", "node/image/totp_qr");
    const secret = (await twoFactor.secret.textContent()) ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await twoFactor.copySecret.click();
    await expect(twoFactor.totp.getByText("Copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    await twoFactor.verifyCode.fill(await wrongTotpCode(secret));
    await twoFactor.saveTotp.click();
    await expect(twoFactor.verifyCode).toHaveAttribute("aria-invalid", "true");
    await expect(twoFactor.verifyCode).toHaveAccessibleDescription("The provided authentication code is invalid, please try again.");
    const identity = (await identityByEmail(existingAccount.email))!;
    expect((await getIdentity(identity.id)).credentials?.totp).toBeUndefined();

    await twoFactor.verifyCode.fill(await totpCode(secret));
    await twoFactor.saveTotp.click();
    await expect(twoFactor.saved).toHaveText("Your changes have been saved!");
    await expect(twoFactor.unlinkTotp).toBeVisible();
    await expect(twoFactor.qrCode).toHaveCount(0);
    await expect(twoFactor.secret).toHaveCount(0);
    await expect(twoFactor.totpStatus).toHaveText("Set up");
    expect((await getIdentity(identity.id)).credentials?.totp).toBeDefined();

    await page.goto("/");
    await expect(home.heading).toHaveText("Your account");
    await expect(page.getByTestId("home-method-totp")).toHaveText("Set up");

    // Viewing home again costs Kratos no new settings flow.
    const requestId = `home-again-${Date.now()}`;
    await page.setExtraHTTPHeaders({ "x-request-id": requestId });
    await page.reload();
    await expect(page.getByTestId("home-method-totp")).toHaveText("Set up");
    const line = await accessLogLine(requestId);
    expect(line.kratos?.map((call) => call.path)).toEqual(["/sessions/whoami"]);
  });

  test("signing in asks for the second step: a wrong code is refused, the right one gives an aal2 session", async ({
    page,
    home,
    existingAccount,
  }) => {
    const { totpSecret, secondStep } = await passwordThenSecondStep(page, existingAccount);
    await expect(page.locator('input[name="password"]')).toHaveCount(0);

    await secondStep.enterTotp(await wrongTotpCode(totpSecret));
    await expect(page.getByTestId("ui/message/4000008")).toHaveText("The provided authentication code is invalid, please try again.");
    await expect(secondStep.heading).toHaveText("Two-factor authentication");

    await secondStep.completeWithApp(totpSecret);
    await home.expectSignedInAs(existingAccount.email);
    await home.expectSession(existingAccount.email, "aal2", ["password", "totp"]);
  });

  test("unlinking removes the app: Kratos forgets it and signing in no longer asks for it", async ({
    page,
    login,
    home,
    existingAccount,
  }) => {
    const { totpSecret } = await enrolSecondFactors(existingAccount);
    await login.open("?return_to=" + encodeURIComponent(`${UI_URL}/settings`));
    await login.signIn(existingAccount.email, existingAccount.password);
    await secondStepScreen(page).completeWithApp(totpSecret);
    await expect(page).toHaveURL(/\/settings\?flow=/);

    const twoFactor = twoFactorSettingsScreen(page);
    await twoFactor.unlinkTotp.click();
    await expect(twoFactor.saved).toBeVisible();
    await expect(twoFactor.qrCode).toBeVisible();
    await expect(twoFactor.totpStatus).toHaveText("Not set up");
    const identity = (await identityByEmail(existingAccount.email))!;
    expect((await getIdentity(identity.id)).credentials?.totp).toBeUndefined();

    // Recovery codes alone still make a second step; without them, the password is enough.
    await twoFactor.disableCodes.click();
    await expect(twoFactor.generateCodes).toBeVisible();
    await page.goto("/");
    await home.signOut.click();
    await login.signIn(existingAccount.email, existingAccount.password);
    await home.expectSignedInAs(existingAccount.email);
    await expect(page.getByTestId("session-aal")).toHaveText("Without a second step");
  });
});

test.describe("stepping up to the second factor", () => {
  // One test per page, each a whole sign-in with its second step: three in one test
  // came close to the test timeout on a busy machine.
  const backAt = [
    {
      path: "/settings",
      url: /\/settings\?flow=/,
      shows: (page: Page) => expect(page.getByRole("heading", { level: 1 })).toHaveText("Account settings"),
    },
    {
      path: "/sessions",
      url: `${UI_URL}/sessions`,
      shows: (page: Page) => expect(page.getByRole("heading", { level: 1 })).toHaveText("Devices and sessions"),
    },
    { path: "/", url: `${UI_URL}/`, shows: (page: Page) => expect(page.getByTestId("session-aal")).toHaveText("With a second step") },
  ];
  for (const { path, url, shows } of backAt) {
    test(`with only a password, ${path} leads to the second step and back`, async ({ page, existingAccount }) => {
      const { totpSecret, secondStep } = await passwordThenSecondStep(page, existingAccount);
      // Walking away from the second step leaves a password-only (aal1) session behind.
      const [session] = await activeSessions((await identityByEmail(existingAccount.email))!.id);
      expect(session?.authenticator_assurance_level).toBe("aal1");

      await page.goto(path);
      await secondStep.expectOpen(existingAccount.email);
      await secondStep.completeWithApp(totpSecret);
      await expect(page).toHaveURL(url);
      await shows(page);
    });
  }

  test("re-authentication (?refresh=true) asks to confirm it's you and returns; aal2 refresh asks only for the app", async ({
    page,
    login,
    settings,
    existingAccount,
  }) => {
    const { totpSecret } = await enrolSecondFactors(existingAccount);
    const secondStep = secondStepScreen(page);
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await secondStep.completeWithApp(totpSecret);
    await expect(page).toHaveURL(`${UI_URL}/`);
    const identityId = (await identityByEmail(existingAccount.email))!.id;

    await page.goto(`/login?refresh=true&return_to=${encodeURIComponent(`${UI_URL}/settings`)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
    await expect(page.getByText(`Signed in as ${existingAccount.email}`)).toBeVisible();
    await login.password.fill(existingAccount.password);
    await login.submit.click();
    await settings.expectOpen();
    const [afterPassword] = await activeSessions(identityId);
    expect(afterPassword?.authentication_methods?.map((method) => method.method)).toEqual(["password", "totp", "password"]);
    expect(afterPassword?.authenticator_assurance_level).toBe("aal2");

    await page.goto(`/login?aal=aal2&refresh=true&return_to=${encodeURIComponent(`${UI_URL}/settings`)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two-factor authentication");
    await expect(page.getByTestId("ui/message/1010003")).toBeVisible();
    await expect(page.locator('input[name="password"]')).toHaveCount(0);
    await secondStep.completeWithApp(totpSecret);
    await settings.expectOpen();
    const [afterApp] = await activeSessions(identityId);
    expect(afterApp?.authentication_methods?.map((method) => method.method)).toEqual(["password", "totp", "password", "totp"]);
  });

  test("'Not you? Sign out' on the second step ends the half-finished session", async ({ page, existingAccount }) => {
    const { secondStep } = await passwordThenSecondStep(page, existingAccount);
    const identityId = (await identityByEmail(existingAccount.email))!.id;
    expect(await activeSessions(identityId)).toHaveLength(1);

    await expect(page.getByText("Not you?")).toBeVisible();
    await secondStep.signOut.click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    expect(await activeSessions(identityId)).toHaveLength(0);
  });
});
