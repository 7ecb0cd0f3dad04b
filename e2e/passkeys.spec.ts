import type { Page } from "@playwright/test";
import type { homeScreen } from "./screens/home-screen";
import { expect, test } from "./support/webauthn-fixtures";
import { activeSessions, identityByEmail } from "./support/kratos-admin";
import { storedKeys } from "./support/webauthn-credentials";

type HomeScreen = ReturnType<typeof homeScreen>;

/** Signs up with traits and a passkey only (no password) and returns the new identity's id. */
async function signUpWithPasskey(page: Page, home: HomeScreen, email: string): Promise<string> {
  await page.goto("/registration");
  const form = page.getByRole("form", { name: "Password" });
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Sign up with passkey" }).click();
  await home.expectSignedInAs(email);
  return (await identityByEmail(email))!.id;
}

async function expectPasskeySession(page: Page, identityId: string): Promise<void> {
  await expect(page.getByTestId("session-aal")).toHaveText("Without a second step");
  await expect(page.getByTestId("session-methods")).toHaveText("Passkeys");
  const sessions = await activeSessions(identityId);
  expect(sessions.map((session) => [session.authenticator_assurance_level, session.authentication_methods?.map((m) => m.method)])).toEqual([
    ["aal1", ["passkey"]],
  ]);
}

test.describe("passkeys", () => {
  test("sign up with a passkey, sign out, and sign in again with the passkey button", async ({
    page,
    home,
    login,
    account,
    authenticator,
  }) => {
    // A browser without passkey autofill: the button is the way in (the autofill has its own test).
    await page.addInitScript(() => {
      PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);
    });
    const id = await signUpWithPasskey(page, home, account.email);
    await expectPasskeySession(page, id);
    expect(await storedKeys(id, "passkey")).toHaveLength(1);
    expect(await authenticator.credentials()).toEqual([expect.objectContaining({ isResidentCredential: true, rpId: "localhost" })]);

    await home.signOut.click();
    await home.expectSignedOut();
    await login.open();
    await page.getByRole("button", { name: "Sign in with passkey" }).click();
    await home.expectSignedInAs(account.email);
    await expectPasskeySession(page, id);
  });

  test("the email field offers the passkey (autofill) and signs in without pressing a button", async ({
    page,
    home,
    account,
    authenticator,
  }) => {
    const id = await signUpWithPasskey(page, home, account.email);
    expect(await authenticator.credentials()).toHaveLength(1);

    // Signing out lands on the sign-in page. Chromium's virtual authenticator picks
    // its passkey from the autofill list at once, so that page signs in by itself as
    // soon as webauthn.js has asked for autofill; the test must not navigate meanwhile.
    const signIn = page.waitForRequest((request) => request.method() === "POST" && request.url().includes("/self-service/login?flow="));
    await home.signOut.click();
    const sent = new URLSearchParams((await signIn).postData() ?? "");
    expect(JSON.parse(sent.get("passkey_login") ?? "{}")).toHaveProperty("type", "public-key");
    expect(sent.get("password")).toBe("");
    expect(sent.has("method")).toBe(false);
    await home.expectSignedInAs(account.email);
    await expectPasskeySession(page, id);
  });

  test("settings add a second passkey and remove one; the only way in cannot be removed", async ({
    page,
    home,
    settings,
    account,
    authenticator,
  }) => {
    const id = await signUpWithPasskey(page, home, account.email);
    await page.goto("/settings");
    await settings.expectOpen();
    const passkeys = page.getByRole("form", { name: "Passkeys" });
    const removeButtons = passkeys.getByRole("button", { name: /^Remove passkey/ });
    await expect(removeButtons).toHaveCount(1);
    await expect(removeButtons).toBeDisabled();

    await passkeys.getByRole("button", { name: "Add passkey" }).click();
    await expect(settings.saved).toHaveText("Your changes have been saved!");
    await expect(removeButtons).toHaveCount(2);
    for (const button of await removeButtons.all()) await expect(button).toBeEnabled();
    expect(await storedKeys(id, "passkey")).toHaveLength(2);
    expect(await authenticator.credentials()).toHaveLength(2);

    await removeButtons.first().click();
    await expect(settings.saved).toBeVisible();
    await expect(removeButtons).toHaveCount(1);
    await expect(removeButtons).toBeDisabled();
    expect(await storedKeys(id, "passkey")).toHaveLength(1);
  });
});

test.describe("passkeys without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // Chromium with JavaScript turned off by Playwright still parses <noscript> as
  // text and does not show it, so the note is checked in the page's HTML.
  test("sign-up and sign-in offer no passkey button that cannot work, and say why", async ({ page, registration, login }) => {
    const note = "Passkeys and security keys need JavaScript. Turn it on to use them here.";
    await registration.open();
    await expect(page.getByRole("button", { name: "Sign up with passkey" })).toBeHidden();
    expect(await registration.form.locator("noscript").innerHTML()).toContain(note);
    await expect(registration.submit).toBeVisible();

    await login.open();
    await expect(page.getByRole("button", { name: "Sign in with passkey" })).toBeHidden();
    expect(await login.form.locator("noscript").innerHTML()).toContain(note);
    await expect(login.submit).toBeVisible();
  });
});
