import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { consentScreen } from "./screens/consent-screen";
import { demoAppScreen } from "./screens/demo-app-screen";
import { secondStepScreen } from "./screens/second-step-screen";
import { newAccount } from "./support/accounts";
import { watchCspViolations } from "./support/csp-violations";
import { accessLogLine } from "./support/ui-log";
import { codeFrom } from "./support/mail";
import { enrolSecondFactors } from "./support/second-factor";
import { activeSessions, createIdentity, identityByEmail } from "./support/kratos-admin";
import { signInSomeoneElse } from "./support/someone-else";
import { DEMO_APP_URL, HYDRA_PUBLIC_URL, UI_URL } from "./support/urls";

/** The app's logo from its registration, loaded (the CSP's img-src lets it through). */
async function expectLogoShown(page: Page): Promise<void> {
  const logo = page.getByTestId("oauth2-app-logo");
  await expect(logo).toHaveAttribute("src", `${DEMO_APP_URL}/logo.svg`);
  await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
}

const NEW_PASSWORD = "Another-Horse-Battery-7";

// The whole OAuth2 journey, driven through the demo app against the real Kratos and Hydra.
test.describe("signing in to an app through this account (OAuth2 / OpenID Connect)", () => {
  test("first sign-in asks for consent; the ID token and userinfo carry this identity's claims", async ({
    page,
    login,
    existingAccount,
  }) => {
    const violations = watchCspViolations(page);
    const app = demoAppScreen(page);
    const consent = consentScreen(page);
    await app.open();
    await app.signIn.click();
    await expect(page).toHaveURL(new RegExp(`^${UI_URL}/login\\?flow=`));
    await expect(page.getByTestId("oauth2-app")).toHaveText("You are signing in to Demo app with your account.");
    await expectLogoShown(page);
    await login.signIn(existingAccount.email, existingAccount.password);

    await consent.expectOpen("Demo app");
    await expectLogoShown(page);
    await expect(page.getByTestId("consent-account")).toHaveText(`Signed in as ${existingAccount.email}`);
    for (const label of [
      "Know who you are (your account's ID)",
      "See your email address",
      "See your name",
      "Stay signed in when you are not using it",
    ]) {
      await expect(consent.scope(label)).toBeChecked();
    }
    await expect(page.getByRole("link", { name: "Demo app's privacy policy" })).toHaveAttribute("href", `${DEMO_APP_URL}/privacy`);
    await consent.allow.click();

    const { claims, userinfo } = await app.expectSignedIn();
    const identity = (await identityByEmail(existingAccount.email))!;
    expect(claims).toMatchObject({ sub: identity.id, email: existingAccount.email, email_verified: false, iss: HYDRA_PUBLIC_URL });
    expect(userinfo).toMatchObject({ sub: identity.id, email: existingAccount.email });
    await expect(app.scope).toHaveText("openid email profile offline_access");
    await expect(app.refresh).toHaveText("yes");
    expect(violations).toEqual([]);
  });

  test("a remembered decision skips the consent screen the next time", async ({ page, existingAccount }) => {
    const app = demoAppScreen(page);
    await app.signInAndAllow(existingAccount, { remember: true });

    // Hydra still passes through /consent, which accepts a remembered decision at once: nothing is
    // asked (the app is reached without anyone answering the form).
    let answers = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/consent") answers += 1;
    });
    await app.startSignIn();
    await app.expectSignedIn();
    expect(answers).toBe(0);
  });

  test("Deny sends the app access_denied; the consent page's Hydra call is in the access log", async ({ page, login, existingAccount }) => {
    const app = demoAppScreen(page);
    const consent = consentScreen(page);
    await app.startSignIn();
    const shown = page.waitForResponse(
      (response) => new URL(response.url()).pathname === "/consent" && response.request().method() === "GET",
    );
    await login.signIn(existingAccount.email, existingAccount.password);
    const requestId = (await shown).headers()["x-request-id"]!;
    await consent.expectOpen("Demo app");
    const line = await accessLogLine(requestId);
    expect(line.kratos).toContainEqual(expect.objectContaining({ path: "hydra:/admin/oauth2/auth/requests/consent", status: 200 }));
    await consent.deny.click();
    await expect(app.error).toHaveText("access_denied");
  });

  test("unticked scopes are not granted, and their claims stay out of the ID token", async ({ page, login }) => {
    const account = newAccount();
    await createIdentity(account.email, account.password, { traits: { name: "Ada Lovelace" } });
    const app = demoAppScreen(page);
    const consent = consentScreen(page);
    await app.startSignIn();
    await login.signIn(account.email, account.password);
    await consent.expectOpen("Demo app");
    await consent.scope("See your name").uncheck();
    await consent.scope("Stay signed in when you are not using it").uncheck();
    await consent.allow.click();

    const { claims } = await app.expectSignedIn();
    await expect(app.scope).toHaveText("openid email");
    await expect(app.refresh).toHaveText("no");
    expect(claims.email).toBe(account.email);
    expect(claims).not.toHaveProperty("name");
  });

  test("a consent challenge opened in another person's browser is refused and grants nothing", async ({
    page,
    browser,
    login,
    existingAccount,
  }) => {
    // Two people sign in, in two browsers.
    test.slow();
    const app = demoAppScreen(page);
    await app.startSignIn();
    await login.signIn(existingAccount.email, existingAccount.password);
    await consentScreen(page).expectOpen("Demo app");
    const stolen = page.url();

    const { context: other, page: otherPage } = await signInSomeoneElse(browser);

    const response = await otherPage.goto(stolen);
    expect(response?.status()).toBe(403);
    await expect(otherPage.getByTestId("ui/error/message")).toContainText("made for a different account");
    await expect(otherPage.getByTestId("error-app")).toHaveText("This concerns your sign-in to Demo app.");
    await expect(otherPage.getByRole("button", { name: "Allow" })).toHaveCount(0);
    await other.close();

    // The rightful person can still answer it.
    await page.reload();
    await consentScreen(page).allow.click();
    await app.expectSignedIn();
  });

  test("signing out from the app asks once, then ends both the app's and the account's session", async ({
    page,
    home,
    existingAccount,
  }) => {
    const app = demoAppScreen(page);
    await app.signInAndAllow(existingAccount);
    const identity = (await identityByEmail(existingAccount.email))!;
    expect(await activeSessions(identity.id)).toHaveLength(1);

    await page.getByRole("link", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/logout\?logout_challenge=/);
    await expect(page.getByText("Sign out of Demo app and your account?")).toBeVisible();
    await page.getByRole("button", { name: "Yes, sign out" }).click();
    await expect(page).toHaveURL(new RegExp(`^${DEMO_APP_URL}/`));
    await expect(app.signIn).toBeVisible();
    await expect.poll(async () => (await activeSessions(identity.id)).length).toBe(0);
    await home.expectSignedOut();
  });

  test("the company's own app skips the consent screen and the sign-out question; signing out still ends both sessions", async ({
    page,
    login,
    home,
    existingAccount,
  }) => {
    const answered: string[] = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (request.method() === "POST" && (path === "/consent" || path === "/logout")) answered.push(path);
    });
    const app = demoAppScreen(page);
    await app.startSignIn("?app=first-party");
    await login.signIn(existingAccount.email, existingAccount.password);
    const { claims } = await app.expectSignedIn();
    await expect(app.client).toHaveText("Demo company app");
    expect(claims.email).toBe(existingAccount.email);
    const identity = (await identityByEmail(existingAccount.email))!;
    expect(await activeSessions(identity.id)).toHaveLength(1);

    await page.getByRole("link", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${DEMO_APP_URL}/`);
    await expect(app.signIn).toBeVisible();
    expect(answered).toEqual([]);
    await expect.poll(async () => (await activeSessions(identity.id)).length).toBe(0);
    await home.expectSignedOut();
  });

  test("removing a connected app revokes its refresh token, and its next sign-in asks for consent again", async ({
    page,
    existingAccount,
  }) => {
    const app = demoAppScreen(page);
    const consent = consentScreen(page);
    await app.signInAndAllow(existingAccount, { remember: true });

    await page.goto("/sessions");
    const connected = page.getByTestId("connected-app");
    await expect(connected).toHaveCount(1);
    await expect(connected.getByRole("heading", { name: "Demo app" })).toBeVisible();
    await expect(connected).toContainText("See your email address");
    await connected.getByRole("button", { name: "Remove access" }).click();
    await expect(page.getByTestId("sessions-notice")).toHaveText(
      "The app no longer has access to your account. It will ask again the next time you use it.",
    );
    await expect(page.getByTestId("connected-app")).toHaveCount(0);

    await page.goto(`${DEMO_APP_URL}/refresh`);
    await expect(app.error).toHaveText("invalid_grant");
    await app.startSignIn();
    await consent.expectOpen("Demo app");
  });

  test("signing up in the middle of an app's sign-in lands back in the app", async ({ page, registration, account }) => {
    const app = demoAppScreen(page);
    await app.startSignIn();
    await expect(page).toHaveURL(new RegExp(`^${UI_URL}/login\\?flow=`));
    await page.getByTestId("signup-link").click();
    await expect(page).toHaveURL(new RegExp(`^${UI_URL}/registration\\?flow=`));
    await expect(page.getByTestId("oauth2-app")).toHaveText("You are signing in to Demo app with your account.");
    await registration.signUp(account.email, account.password);
    await consentScreen(page).allow.click();
    const { claims } = await app.expectSignedIn();
    expect(claims.email).toBe(account.email);
  });

  test("prompt=login makes a signed-in person confirm it is them before the app gets in", async ({ page, login, existingAccount }) => {
    const app = demoAppScreen(page);
    await app.signInAndAllow(existingAccount, { remember: true });

    await app.startSignIn("?prompt=login");
    await expect(page).toHaveURL(new RegExp(`^${UI_URL}/login\\?flow=`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
    await expect(page.getByTestId("oauth2-app")).toContainText("Demo app asked to make sure it is really you");
    await login.password.fill(existingAccount.password);
    await login.submit.click();
    await app.expectSignedIn();
  });

  test("a person with an authenticator app completes the second step inside the app's sign-in", async ({
    page,
    login,
    existingAccount,
  }) => {
    const { totpSecret } = await enrolSecondFactors(existingAccount);
    const app = demoAppScreen(page);
    const secondStep = secondStepScreen(page);
    await app.startSignIn();
    await login.signIn(existingAccount.email, existingAccount.password);
    await secondStep.expectOpen(existingAccount.email);
    await expect(page.getByTestId("oauth2-app")).toHaveText("You are signing in to Demo app with your account.");
    await secondStep.completeWithApp(totpSecret);

    await consentScreen(page).allow.click();
    const { claims } = await app.expectSignedIn();
    expect(claims.amr).toEqual(expect.arrayContaining(["password", "totp"]));
  });

  test("max_age makes a person whose sign-in is older than that confirm it is them", async ({ page, login, existingAccount }) => {
    const app = demoAppScreen(page);
    await app.signInAndAllow(existingAccount, { remember: true });
    const { claims: first } = await app.expectSignedIn();
    const firstAuthTime = Number(first.auth_time);

    // The app accepts a sign-in at most one second old; wait until this one is older.
    await expect.poll(() => Date.now() / 1000 - firstAuthTime, { timeout: 5_000 }).toBeGreaterThan(2);
    await app.startSignIn("?max_age=1");
    await expect(page).toHaveURL(new RegExp(`^${UI_URL}/login\\?flow=`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
    await expect(page.getByTestId("oauth2-app")).toContainText("Demo app asked to make sure it is really you");
    await login.password.fill(existingAccount.password);
    await login.submit.click();
    const { claims } = await app.expectSignedIn();
    expect(Number(claims.auth_time)).toBeGreaterThan(firstAuthTime);
  });

  test("recovering the account in the middle of an app's sign-in leads back to the app", async ({
    page,
    recovery,
    login,
    existingAccount,
  }) => {
    const app = demoAppScreen(page);
    await app.startSignIn();
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(recovery.heading).toHaveText("Recover your account");
    const sentMail = await recovery.requestMail(existingAccount.email);
    await recovery.enterCode(codeFrom(await sentMail()));

    await expect(page).toHaveURL(/\/settings\?flow=/);
    const passwordForm = page.getByRole("form", { name: "Password" });
    await passwordForm.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
    await passwordForm.getByRole("button", { name: "Save" }).click();

    // Back at the app's sign-in, which Hydra cannot skip (this browser never finished one): Kratos asks once more.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
    await expect(page.getByTestId("oauth2-app")).toContainText("Before Demo app gets access, please confirm it's you");
    await login.password.fill(NEW_PASSWORD);
    await login.submit.click();
    await consentScreen(page).allow.click();
    const { claims } = await app.expectSignedIn();
    expect(claims.email).toBe(existingAccount.email);
  });

  test("Hydra's error page for an app it does not know: our words, the right status, Hydra's explanation quoted", async ({ page }) => {
    const response = await page.goto(
      `${HYDRA_PUBLIC_URL}/oauth2/auth?client_id=no-such-app&response_type=code&scope=openid&state=s1234567&redirect_uri=${encodeURIComponent(`${DEMO_APP_URL}/callback`)}`,
    );
    await expect(page).toHaveURL(new RegExp(`^${UI_URL}/error\\?error=invalid_client`));
    expect(response?.status()).toBe(401);
    await expect(page.getByTestId("ui/error/message")).toContainText("made a sign-in request this account service cannot accept");
    await expect(page.getByTestId("error-details")).toContainText("We did not write it");
  });

  test("an unknown consent challenge is a clear 404 page", async ({ page }) => {
    const response = await page.goto("/consent?consent_challenge=not-a-real-challenge");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("ui/error/message")).toContainText("unknown or has expired");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in, consent, the way back to the app and signing out from it all work", async ({ page, login, existingAccount }) => {
    const app = demoAppScreen(page);
    await app.startSignIn();
    await login.signIn(existingAccount.email, existingAccount.password);
    const consent = consentScreen(page);
    await consent.expectOpen("Demo app");
    await consent.scope("See your name").uncheck();
    await consent.allow.click();
    await app.expectSignedIn();
    await expect(app.scope).toHaveText("openid email offline_access");

    await page.getByRole("link", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Yes, sign out" }).click();
    await expect(page).toHaveURL(`${DEMO_APP_URL}/`);
    await expect(app.signIn).toBeVisible();
  });
});
