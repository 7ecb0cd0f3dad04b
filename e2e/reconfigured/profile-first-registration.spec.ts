import { expect, test } from "../fixtures";
import { identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";

test.describe("profile-first (two-step) registration", () => {
  test.beforeAll(() => setKratosConfig({ selfservice: { flows: { registration: { enable_legacy_one_step: false } } } }));
  test.afterAll(() => resetKratosConfig());

  for (const javaScriptEnabled of [true, false]) {
    test(`traits first, then a credential; Back keeps the traits (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      account,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/registration");
      const profile = page.getByRole("form", { name: "Profile" });
      await profile.getByLabel("Email").fill(account.email);
      await profile.getByLabel("Full name").fill("Ada Two-Step");
      await expect(profile.getByLabel("Password")).toHaveCount(0);
      await profile.getByRole("button", { name: "Sign up", exact: true }).click();

      await expect(page.getByTestId("ui/message/1040009")).toBeVisible();
      await page.getByRole("button", { name: "Back" }).click();
      await expect(page.getByRole("form", { name: "Profile" }).getByLabel("Email")).toHaveValue(account.email);
      await expect(page.getByRole("form", { name: "Profile" }).getByLabel("Full name")).toHaveValue("Ada Two-Step");
      await page.getByRole("form", { name: "Profile" }).getByRole("button", { name: "Sign up", exact: true }).click();

      const password = page.getByRole("form", { name: "Password" });
      await password.getByLabel("Password", { exact: true }).fill(account.password);
      await password.getByRole("button", { name: "Sign up", exact: true }).click();
      await expect(page.getByText(`You are signed in as ${account.email}.`)).toBeVisible();
      expect((await identityByEmail(account.email))?.traits).toEqual({ email: account.email, name: "Ada Two-Step", locale: "en" });
      await context.close();
    });
  }
});
