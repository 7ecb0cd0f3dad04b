import { expect, test } from "../fixtures";
import { adminScreen } from "../screens/admin-screen";
import { secondStepScreen } from "../screens/second-step-screen";
import { createAdminAccount, signInAsNewAdmin, signInAtAal2 } from "../support/admins";
import { startExtraUi } from "../support/extra-ui";

test.describe("the admin gate", () => {
  test("signed out, /admin does not exist, and its title does not say otherwise", async ({ page }) => {
    await page.goto("/no-such-page");
    const unknownAddressTitle = await page.title();
    for (const path of ["/admin", "/admin/courier", "/admin/new", "/admin/second-factor"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await adminScreen(page).expectNotFound();
      await expect(page).toHaveTitle(unknownAddressTitle);
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("signed out, /admin shows the not-found page itself, not a document only JavaScript fills in", async ({ page }) => {
      const response = await page.goto("/admin");
      expect(response?.status()).toBe(404);
      await adminScreen(page).expectNotFound();
      await expect(page).toHaveTitle("Account");
    });
  });

  test("a signed-in person who is not an admin gets 404, also with two factors", async ({ page, login, home, existingAccount }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await home.expectSignedInAs(existingAccount.email);
    expect((await page.goto("/admin"))?.status()).toBe(404);
    await expect(page).toHaveTitle("Account");
    expect((await page.goto("/admin/second-factor"))?.status()).toBe(404);
    await adminScreen(page).expectNotFound();
    await expect(page).toHaveTitle("Account");
  });

  test("an admin (by role) at aal1 is sent to the second factor and comes back to the admin area", async ({ page, login }) => {
    const admin = await createAdminAccount("role");
    await login.open();
    await login.signIn(admin.email, admin.password);
    await secondStepScreen(page).expectOpen(admin.email);

    await page.goto("/admin?page_size=50");
    await secondStepScreen(page).expectOpen(admin.email);
    await secondStepScreen(page).completeWithApp(admin.totpSecret!);
    await adminScreen(page).expectOpen();
    await expect(page).toHaveURL(/\/admin\?page_size=50$/);
    await expect(page.getByText(`Signed in as ${admin.email}`)).toBeVisible();
  });

  test("an admin by configuration (ADMIN_IDENTITIES, verified address) at aal2 is let in", async ({ page }) => {
    const admin = await createAdminAccount("configuration");
    await signInAtAal2(page, admin);
    await adminScreen(page).expectOpen();
    await expect(adminScreen(page).row(admin.email)).toBeVisible();
  });

  test("an admin without any second factor is asked to set one up, and nothing more", async ({ page, login, home }) => {
    const admin = await createAdminAccount("role", { secondFactor: false });
    await login.open();
    await login.signIn(admin.email, admin.password);
    await home.expectSignedInAs(admin.email);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page).toHaveURL(/\/admin\/second-factor$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up a second step first");
    await expect(page.getByRole("link", { name: "Open settings" })).toBeVisible();
    await expect(page.getByTestId("admin-identities")).toHaveCount(0);
  });

  test("without KRATOS_ADMIN_URL there is no admin area, even for an admin at aal2", async ({ page }) => {
    const admin = await signInAsNewAdmin(page);
    await adminScreen(page).expectOpen();
    // A second UI on the same stack, with the admin API left out: cookies are shared on localhost.
    const ui = await startExtraUi(3007, {});
    try {
      expect((await page.goto(`${ui.url}/admin`))?.status()).toBe(404);
      await adminScreen(page).expectNotFound();
      expect((await page.goto(`${ui.url}/admin/identities/${admin.id}`))?.status()).toBe(404);
    } finally {
      await ui.stop();
    }
  });
});
