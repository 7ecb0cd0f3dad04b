import { expect, test } from "./fixtures";
import { PROFILE_TRAITS } from "./support/accounts";
import { getIdentity } from "./support/kratos-admin";

test.describe("account settings", () => {
  test("a signed-out visit goes through sign-in and comes back to settings", async ({ page, login, settings, existingAccount }) => {
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await login.signIn(existingAccount.email, existingAccount.password);
    await settings.expectOpen();
    await expect(settings.email).toHaveValue(existingAccount.email);
  });

  test("a settings address from before signing out also leads through sign-in back to settings", async ({
    page,
    login,
    settings,
    existingAccount,
  }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const staleUrl = page.url();
    await page.context().clearCookies();
    await page.goto(staleUrl);
    await expect(page).toHaveURL(/\/login\?flow=/);
    await login.signIn(existingAccount.email, existingAccount.password);
    await settings.expectOpen();
  });

  test("every section Kratos offers has a heading, a one-line purpose and its own form", async ({ page, settings, existingAccount }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const profile = page.getByRole("region", { name: "Profile" });
    await expect(profile).toHaveAccessibleDescription("The details stored with your account.");
    await expect(profile.getByRole("form", { name: "Profile" })).toBeVisible();
    const password = page.getByRole("region", { name: "Password" });
    await expect(password).toHaveAccessibleDescription(/Choose a new password/);
    await expect(password.getByRole("form", { name: "Password" })).toBeVisible();
    await expect(page.getByRole("link", { name: "See where you're signed in" })).toHaveAttribute("href", "/sessions");
  });

  test("the profile shows every trait with a fitting control, enums as a choice", async ({ settings, profileAccount }) => {
    await settings.openSignedOut(profileAccount.email, profileAccount.password);
    await expect(settings.email).toHaveAttribute("type", "email");
    await expect(settings.email).toHaveValue(profileAccount.email);
    await expect(settings.website).toHaveAttribute("type", "url");
    await expect(settings.website).toHaveValue(PROFILE_TRAITS.website);
    await expect(settings.age).toHaveAttribute("type", "number");
    await expect(settings.age).toHaveValue(String(PROFILE_TRAITS.age));
    await expect(settings.newsletter).toHaveAttribute("type", "checkbox");
    await expect(settings.newsletter).toBeChecked();
    await expect(settings.plan).toHaveRole("combobox");
    await expect(settings.plan).toHaveAttribute("name", "traits.plan");
    await expect(settings.plan).toHaveValue(PROFILE_TRAITS.plan);
    await expect(settings.plan.getByRole("option")).toHaveText(["Not set", "free", "team", "enterprise"]);
  });

  test("saved profile changes are confirmed and stored in Kratos", async ({ settings, profileAccount }) => {
    await settings.openSignedOut(profileAccount.email, profileAccount.password);
    await settings.website.fill("https://example.com/elsewhere");
    await settings.age.fill("43");
    await settings.newsletter.uncheck();
    await settings.plan.selectOption("enterprise");
    await settings.saveProfile.click();

    await expect(settings.saved).toHaveText("Your changes have been saved!");
    await expect(settings.saved).toHaveAttribute("role", "status");
    await expect(settings.website).toHaveValue("https://example.com/elsewhere");
    await expect(settings.newsletter).not.toBeChecked();
    await expect(settings.plan).toHaveValue("enterprise");
    expect((await getIdentity(profileAccount.id)).traits).toEqual({
      email: profileAccount.email,
      website: "https://example.com/elsewhere",
      age: 43,
      newsletter: false,
      plan: "enterprise",
    });
  });

  test("invalid profile values are explained under their own fields and nothing is saved", async ({ page, settings, profileAccount }) => {
    await settings.openSignedOut(profileAccount.email, profileAccount.password);
    await settings.website.fill("http://s");
    await settings.age.fill("600");
    await settings.saveProfile.click();

    await expectFieldError(page, settings.website, "4000003", /length must be >= 10/);
    await expectFieldError(page, settings.age, "4000020", /must be <= 300 but found 600/);
    await expect(settings.saved).toHaveCount(0);
    expect((await getIdentity(profileAccount.id)).traits).toMatchObject(PROFILE_TRAITS);
  });

  test("a new password: a short one is refused at its field, a good one is saved, cleared from the form and signs in", async ({
    page,
    settings,
    login,
    home,
    existingAccount,
  }) => {
    // Five passwords checked or hashed by Kratos, each a second or more on a loaded
    // 2-core machine: in CI this test has come within half a second of the default 30 s.
    test.slow();
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    await settings.password.fill("short1");
    await settings.savePassword.click();
    await expectFieldError(page, settings.password, "4000032", /at least 8 characters/);

    const newPassword = "Another-Horse-Battery-7";
    await settings.password.fill(newPassword);
    await settings.savePassword.click();
    await expect(settings.saved).toBeVisible();
    await expect(settings.password).toHaveValue("");
    await expect(settings.password).not.toHaveAttribute("aria-invalid");

    await page.goto("/");
    await home.signOut.click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page.getByTestId("ui/message/4000006")).toBeVisible();
    await login.password.fill(newPassword);
    await login.submit.click();
    await home.expectSignedInAs(existingAccount.email);
  });
});

/** The field is marked invalid and its description is Kratos's message with this id, shown inside the same form. */
async function expectFieldError(
  page: import("@playwright/test").Page,
  field: import("@playwright/test").Locator,
  messageId: string,
  text: RegExp,
): Promise<void> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(text);
  const describedBy = await field.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveAttribute("data-testid", `ui/message/${messageId}`);
}
