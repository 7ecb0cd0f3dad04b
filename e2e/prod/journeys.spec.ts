import { expect, test } from "../fixtures";
import { secondStepScreen } from "../screens/second-step-screen";
import { twoFactorSettingsScreen } from "../screens/two-factor-settings-screen";
import { activeSessions, getIdentity, identityByEmail } from "../support/kratos-admin";
import { codeFrom } from "../support/mail";
import { signInOnOtherDevice } from "../support/other-device";
import { totpCode } from "../support/second-factor";

// The core journeys on the production-like stack: nginx on localhost:3000 in front
// of two UI instances, Kratos on PostgreSQL with kratos/production.yml (no dev mode).

const NEW_PASSWORD = "Another-Horse-Battery-7";

test.describe("production-like stack", () => {
  test("sign-up lands the person signed in; Kratos records them and sets Secure, HttpOnly cookies", async ({
    context,
    registration,
    home,
    account,
  }) => {
    await registration.open();
    await registration.signUp(account.email, account.password);
    await home.expectSignedInAs(account.email);

    const identity = await identityByEmail(account.email);
    expect(identity?.traits).toMatchObject({ email: account.email });
    expect(await activeSessions(identity!.id)).toHaveLength(1);
    const session = (await context.cookies()).find((cookie) => cookie.name === "ory_kratos_session");
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
  });

  test("sign-in shows who is signed in", async ({ login, home, existingAccount }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await home.expectSignedInAs(existingAccount.email);
    await home.expectSession(existingAccount.email, "aal1", ["password"]);
  });

  test("settings save a changed name in Kratos; a new password signs out the other devices", async ({
    page,
    settings,
    existingAccount,
  }) => {
    const otherDevice = await signInOnOtherDevice(existingAccount);
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const identity = (await identityByEmail(existingAccount.email))!;
    expect(await activeSessions(identity.id)).toHaveLength(2);

    await settings.profile.getByLabel("Full name").fill("Ada Lovelace");
    await settings.saveProfile.click();
    await expect(settings.saved).toBeVisible();
    await expect(settings.profile.getByLabel("Full name")).toHaveValue("Ada Lovelace");
    expect((await getIdentity(identity.id)).traits).toMatchObject({ email: existingAccount.email, name: "Ada Lovelace" });
    expect(await otherDevice.signedIn()).toBe(true);

    // A fresh settings flow, so the message below can only be about the password.
    await page.goto("/settings");
    await settings.expectOpen();
    await expect(settings.saved).toHaveCount(0);
    await settings.password.fill(NEW_PASSWORD);
    await settings.savePassword.click();
    await expect(settings.saved).toBeVisible();
    expect(await otherDevice.signedIn()).toBe(false);
    expect(await activeSessions(identity.id)).toHaveLength(1);
  });

  test("recovery by a code from the mail signs the person in and ends every other session", async ({ page, recovery, existingAccount }) => {
    const otherDevice = await signInOnOtherDevice(existingAccount);
    await recovery.open();
    const sentMail = await recovery.requestMail(existingAccount.email);
    await expect(page.getByTestId("ui/message/1060003")).toContainText("An email containing a recovery code has been sent");
    await recovery.enterCode(codeFrom(await sentMail()));

    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expect(page.getByTestId("ui/message/1060001")).toContainText("You successfully recovered your account.");
    expect(await otherDevice.signedIn()).toBe(false);
    const identity = (await identityByEmail(existingAccount.email))!;
    expect(await activeSessions(identity.id)).toHaveLength(1);
  });

  test("an authenticator app set up in settings is asked for at the next sign-in and gives an aal2 session", async ({
    page,
    settings,
    home,
    existingAccount,
  }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const twoFactor = twoFactorSettingsScreen(page);
    const secret = (await twoFactor.secret.textContent()) ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await twoFactor.verifyCode.fill(await totpCode(secret));
    await twoFactor.saveTotp.click();
    await expect(twoFactor.totpStatus).toHaveText("Set up");
    const identity = (await identityByEmail(existingAccount.email))!;
    expect((await getIdentity(identity.id)).credentials?.totp).toBeDefined();

    await page.goto("/");
    await home.signOut.click();
    await home.expectSignedOut();
    const secondStep = secondStepScreen(page);
    await secondStep.reachFromPassword(existingAccount);
    await secondStep.completeWithApp(secret);
    await home.expectSignedInAs(existingAccount.email);
    await home.expectSession(existingAccount.email, "aal2", ["password", "totp"]);
  });
});
