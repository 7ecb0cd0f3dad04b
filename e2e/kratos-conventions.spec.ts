import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { secondStepScreen } from "./screens/second-step-screen";
import { newAccount } from "./support/accounts";
import { activeSessions, identityByEmail } from "./support/kratos-admin";
import { codeFrom, courierMessages, SUBJECTS, waitForMail } from "./support/mail";
import { enrolSecondFactors } from "./support/second-factor";
import { DEMO_APP_URL, KRATOS_PUBLIC_URL } from "./support/urls";

// Behaviours Kratos's own e2e suite (v1.3.1, test/e2e/cypress/integration/profiles/**)
// asserts of a UI, with its selectors, where the existing specs do not already cover them.

/** Kratos's own tests strip `required` to reach its server-side validation. */
async function dropRequired(page: Page): Promise<void> {
  await page.locator("input[required]").evaluateAll((inputs) => inputs.forEach((input) => input.removeAttribute("required")));
}

/** The company's app on another origin: the browser's request to it is answered here. */
async function serveDemoApp(page: Page): Promise<void> {
  await page.route(`${DEMO_APP_URL}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>App</title><h1>The app</h1>" }),
  );
}

async function whoamiStatus(page: Page): Promise<number> {
  return (await page.request.get(`${KRATOS_PUBLIC_URL}/sessions/whoami`)).status();
}

test.describe("sign-in and sign-up (email/login, email/registration)", () => {
  test("the identifier is case- and whitespace-insensitive", async ({ page, home, existingAccount }) => {
    await page.goto("/login");
    await page.locator('input[name="identifier"]').fill(`  ${existingAccount.email.toUpperCase()}  `);
    await page.locator('input[name="password"]').fill(existingAccount.password);
    await page.locator('button[name="method"][value="password"]').click();
    await home.expectSignedInAs(existingAccount.email);
  });

  test("empty fields reach Kratos's own check: 4000002 under each field, tied to it", async ({ page, login }) => {
    await login.open();
    await dropRequired(page);
    await login.submit.click();
    await expect(page.getByTestId("ui/message/4000002")).toHaveText(["Property identifier is missing.", "Property password is missing."]);
    await expect(login.identifier).toHaveAccessibleDescription("Property identifier is missing.");
    await expect(login.password).toHaveAccessibleDescription("Property password is missing.");
  });

  test("links: a[href*=registration] from sign-in, [data-testid=cta-link] back to sign-in", async ({ page, login }) => {
    await login.open();
    await page.locator("a[href*=registration]").click();
    await expect(page).toHaveURL(/\/registration\?/);
    await page.getByTestId("cta-link").click();
    await expect(page).toHaveURL(/\/login\?/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });

  test("a password like the address is refused with 4000031 and nobody is created", async ({ page, registration, account }) => {
    await registration.open();
    await registration.signUp(account.email, account.email);
    await expect(page.getByTestId("ui/message/4000031")).toHaveText(
      "The password can not be used because it is too similar to the identifier.",
    );
    expect(await identityByEmail(account.email)).toBeUndefined();
  });
});

test.describe("a form whose CSRF cookie is gone (email/login/error, email/settings/errors)", () => {
  test("sign-in: Kratos sends the post to the error page, which says what failed and names the error", async ({
    page,
    login,
    existingAccount,
  }) => {
    await login.open();
    await page.context().clearCookies();
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page).toHaveURL(/\/error\?id=/);
    await expect(page.getByTestId("ui/error/message")).toContainText("security token did not match");
    await expect(page.getByTestId("error-details")).toContainText("CSRF");
    await expect(page.getByTestId("error-id")).toHaveText("security_csrf_violation");
    expect((await page.request.get(page.url())).status()).toBe(403);
    expect(await activeSessions((await identityByEmail(existingAccount.email))!.id)).toHaveLength(0);
  });

  test("settings: the same page, worded for someone signed in, and nothing is saved", async ({ page, settings, existingAccount }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const csrf = (await page.context().cookies()).filter((cookie) => cookie.name.startsWith("csrf_token"));
    await page.context().clearCookies({ name: csrf[0]!.name });
    const changed = newAccount().email;
    await settings.email.fill(changed);
    await settings.saveProfile.click();
    await expect(page).toHaveURL(/\/error\?id=/);
    await expect(page.getByTestId("error-id")).toHaveText("security_csrf_violation");
    await expect(page.getByTestId("ui/error/message")).not.toContainText("sign-in page");
    expect(await identityByEmail(changed)).toBeUndefined();
    expect(await whoamiStatus(page)).toBe(200);
  });
});

test.describe("signing out (email/logout/success)", () => {
  test("[data-testid=logout] removes Kratos's session cookie; whoami answers 401 and sign-in follows", async ({
    page,
    login,
    existingAccount,
  }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).toContain("ory_kratos_session");
    await page.getByTestId("logout").click();
    await expect(page).toHaveURL(/\/login/);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("ory_kratos_session");
    expect(await whoamiStatus(page)).toBe(401);
  });

  test("a return_to Kratos's logout does not allow is named as the reason, and the person stays signed in", async ({
    page,
    login,
    existingAccount,
  }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    const response = await page.goto(`/logout?return_to=${encodeURIComponent("https://not-allowed.example/")}`);
    expect(response?.status()).toBe(400);
    await expect(page.getByTestId("error-id")).toHaveText("self_service_flow_return_to_forbidden");
    expect(await whoamiStatus(page)).toBe(200);
  });

  test("settings has a sign-out link, and it honours the flow's return_to", async ({ page, settings, existingAccount }) => {
    await serveDemoApp(page);
    const appAddress = `${DEMO_APP_URL}/from-settings`;
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    await page.goto(`/settings?return_to=${encodeURIComponent(appAddress)}`);
    await settings.expectOpen();
    await expect(page.locator("a[href*=logout]")).toHaveCount(1);
    await page.getByRole("link", { name: "Sign out" }).click();
    await expect(page).toHaveURL(appAddress);
    expect(await whoamiStatus(page)).toBe(401);
  });

  test("'Sign out' on the second step returns to the app the person came from", async ({ page, existingAccount }) => {
    await enrolSecondFactors(existingAccount);
    await serveDemoApp(page);
    const appAddress = `${DEMO_APP_URL}/from-second-step`;
    const secondStep = secondStepScreen(page);
    await secondStep.reachFromPassword(existingAccount, `?return_to=${encodeURIComponent(appAddress)}`);
    await expect(page.locator("a[href*=logout]")).toHaveAttribute("href", /return_to=/);
    await secondStep.signOut.click();
    await expect(page).toHaveURL(appAddress);
    expect(await activeSessions((await identityByEmail(existingAccount.email))!.id)).toHaveLength(0);
  });

  test("'Not you? Sign out' while confirming it's you returns to the app too", async ({ page, login, existingAccount }) => {
    await serveDemoApp(page);
    const appAddress = `${DEMO_APP_URL}/from-refresh`;
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await page.goto(`/login?refresh=true&return_to=${encodeURIComponent(appAddress)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
    await page.getByTestId("logout").click();
    await expect(page).toHaveURL(appAddress);
    expect(await whoamiStatus(page)).toBe(401);
  });
});

test.describe("recovery and verification by code (recovery/code, verification/verify)", () => {
  test("recovery: an empty address gives one 4000002, still one after sending again", async ({ page, recovery }) => {
    await recovery.open();
    for (let attempt = 1; attempt <= 2; attempt++) {
      await dropRequired(page);
      await recovery.submit.click();
      await expect(page.getByTestId("ui/message/4000002")).toHaveCount(1);
      await expect(recovery.email).toHaveAccessibleDescription("Property email is missing.");
    }
  });

  test("verification: an unknown address gets the same answer as a known one, and nobody is mailed", async ({
    page,
    verification,
    existingAccount,
  }) => {
    const unknown = newAccount().email;
    const since = new Date();
    await verification.open();
    await verification.requestMail(unknown);
    await expect(page.getByTestId("ui/message/1080003")).toBeVisible();
    await expect(verification.code).toBeVisible();

    await verification.open();
    await verification.requestMail(existingAccount.email);
    await expect(page.getByTestId("ui/message/1080003")).toBeVisible();
    // The courier sends in the order mails were queued: once the later mail has arrived, one to the unknown address would have too.
    await waitForMail({ to: existingAccount.email, subject: SUBJECTS.verification, after: since });
    expect(await courierMessages(unknown)).toEqual([]);
  });

  test("verification: five wrong codes are refused one by one, the sixth try asks for a new code", async ({
    page,
    verification,
    existingAccount,
  }) => {
    // Six submissions to Kratos after a mail.
    test.slow();
    await verification.open();
    const sentMail = await verification.requestMail(existingAccount.email);
    const right = codeFrom(await sentMail());
    const wrong = right === "000000" ? "111111" : "000000";
    for (let attempt = 1; attempt <= 5; attempt++) {
      await verification.enterCode(wrong);
      await expect(verification.code).toHaveValue("");
      await expect(page.getByTestId("ui/message/4070006")).toBeVisible();
    }
    await verification.enterCode(wrong);
    await expect(page.getByTestId("ui/message/4000001")).toHaveText("The request was submitted too often. Please request another code.");
    const identity = await identityByEmail(existingAccount.email);
    expect(identity?.verifiable_addresses?.[0]?.verified).toBe(false);
  });
});
