import { activeSessions, identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { expect, test } from "../support/webauthn-fixtures";
import { storedKeys } from "../support/webauthn-credentials";

// Kratos offers security keys at sign-up only in its older passwordless WebAuthn
// mode; with passkeys on (the default here) they are a second factor only.
test.describe("security keys as the way in (WebAuthn passwordless)", () => {
  test.beforeAll(() =>
    setKratosConfig({ selfservice: { methods: { webauthn: { config: { passwordless: true } }, passkey: { enabled: false } } } }),
  );
  test.afterAll(() => resetKratosConfig());

  test("sign up with a named security key, sign in with it, and the only key cannot be removed", async ({
    page,
    registration,
    login,
    home,
    settings,
    account,
    authenticator,
  }) => {
    await registration.open();
    const form = page.getByRole("form", { name: "Password" });
    await form.getByLabel("Email").fill(account.email);
    await form.getByLabel("Name of the security key").fill("Desk key");
    await form.getByRole("button", { name: "Sign up with security key" }).click();
    await home.expectSignedInAs(account.email);
    await expect(page.getByTestId("session-methods")).toHaveText("Security keys");
    const { id } = (await identityByEmail(account.email))!;
    expect(await storedKeys(id, "webauthn")).toEqual([expect.objectContaining({ display_name: "Desk key", is_passwordless: true })]);
    expect(await authenticator.credentials()).toHaveLength(1);

    await home.signOut.click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await login.identifier.fill(account.email);
    await page.getByRole("button", { name: "Sign in with hardware key" }).click();
    await expect(page.getByText(`Signing in as ${account.email}`)).toBeVisible();
    await expect(
      page.getByText("Prepare your WebAuthn device (e.g. security key, biometrics scanner, ...) and press continue."),
    ).toBeVisible();
    await page.getByRole("button", { name: "Continue" }).click();
    await home.expectSignedInAs(account.email);
    const [session] = await activeSessions(id);
    expect(session?.authentication_methods?.map((method) => method.method)).toEqual(["webauthn"]);

    await page.goto("/settings");
    await settings.expectOpen();
    await expect(page.getByRole("button", { name: 'Remove security key "Desk key"' })).toBeDisabled();
  });
});
