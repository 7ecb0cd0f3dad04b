import { expect, test } from "./support/webauthn-fixtures";
import { identityByEmail } from "./support/kratos-admin";
import { storedKeys } from "./support/webauthn-credentials";

test.describe("security keys as a second step", () => {
  test("a named key added in settings becomes the second step at sign-in, and can be removed", async ({
    page,
    login,
    home,
    settings,
    existingAccount,
    authenticator,
  }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const keys = page.getByRole("form", { name: "Security keys" });
    await keys.getByLabel("Name of the security key").fill("Blue key");
    await keys.getByRole("button", { name: "Add security key" }).click();
    await expect(settings.saved).toHaveText("Your changes have been saved!");
    await expect(
      page.getByRole("form", { name: "Security keys" }).getByRole("button", { name: 'Remove security key "Blue key"' }),
    ).toBeVisible();
    const { id } = (await identityByEmail(existingAccount.email))!;
    expect(await storedKeys(id, "webauthn")).toEqual([expect.objectContaining({ display_name: "Blue key", is_passwordless: false })]);
    expect(await authenticator.credentials()).toHaveLength(1);

    await page.goto("/");
    await home.signOut.click();
    await home.expectSignedOut();
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two-factor authentication");
    await page.getByRole("button", { name: "Sign in with hardware key" }).click();
    await home.expectSignedInAs(existingAccount.email);
    await home.expectSession(existingAccount.email, "aal2", ["password", "webauthn"]);

    await page.goto("/settings");
    await settings.expectOpen();
    await page.getByRole("button", { name: 'Remove security key "Blue key"' }).click();
    await expect(settings.saved).toBeVisible();
    await expect(page.getByRole("button", { name: /^Remove security key/ })).toHaveCount(0);
    expect(await storedKeys(id, "webauthn")).toEqual([]);
  });

  test("a key without a name is refused with Kratos's message under the name field", async ({
    page,
    settings,
    existingAccount,
    authenticator,
  }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    await page.getByRole("form", { name: "Security keys" }).getByRole("button", { name: "Add security key" }).click();
    const name = page.getByRole("form", { name: "Security keys" }).getByLabel("Name of the security key");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription("Property webauthn_register_displayname is missing.");
    await expect(page.getByTestId("ui/message/4000002")).toBeVisible();
    await expect(settings.saved).toHaveCount(0);
    const { id } = (await identityByEmail(existingAccount.email))!;
    expect(await storedKeys(id, "webauthn")).toEqual([]);
    // The browser made a key; Kratos did not keep it.
    expect(await authenticator.credentials()).toHaveLength(1);
  });
});
