import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginScreen } from "./screens/login-screen";
import { secondStepScreen } from "./screens/second-step-screen";
import { twoFactorSettingsScreen } from "./screens/two-factor-settings-screen";
import type { Account } from "./support/accounts";
import { enrolSecondFactors } from "./support/second-factor";
import { UI_URL } from "./support/urls";

// A native form button works from the moment the HTML shows it: before the page's
// JavaScript runs, while it hydrates, and without it.

/** Recovery codes but no authenticator app: settings then show the app's secret, with its copy button, above "Reveal". */
async function signInWithRecoveryCodesOnly(page: Page, account: Account): Promise<void> {
  const { recoveryCodes } = await enrolSecondFactors(account, { app: false });
  const login = loginScreen(page);
  await login.open(`?return_to=${encodeURIComponent(`${UI_URL}/settings`)}`);
  await login.signIn(account.email, account.password);
  await secondStepScreen(page).enterRecoveryCode(recoveryCodes[0]!);
  await expect(page).toHaveURL(/\/settings\?flow=/);
}

/** Where an element is on the page (not the viewport), to the pixel. */
async function pagePosition(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      x: Math.round(box.x + window.scrollX),
      y: Math.round(box.y + window.scrollY),
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
  });
}

test.describe("buttons before and during hydration", () => {
  // Tall enough that "Reveal" is on screen without scrolling, where a person would click it.
  test.use({ viewport: { width: 1280, height: 2400 } });

  test("nothing moves when the page comes alive, so a click aimed at Reveal before then still reveals", async ({
    page,
    existingAccount,
  }) => {
    await signInWithRecoveryCodesOnly(page, existingAccount);
    const twoFactor = twoFactorSettingsScreen(page);

    // The page's scripts wait until the button has been seen where the HTML alone puts it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto("/settings", { waitUntil: "commit" });
    await expect(twoFactor.revealCodes).toBeVisible();
    await expect(twoFactor.copySecret).toHaveCount(0);
    const aimedAt = await pagePosition(page, 'button[name="lookup_secret_reveal"]');

    release();
    await expect(twoFactor.copySecret).toBeVisible();
    await expect(page.getByRole("button", { name: "Add security key" })).toBeVisible();
    expect(await pagePosition(page, 'button[name="lookup_secret_reveal"]')).toEqual(aimedAt);

    await page.mouse.click(aimedAt.x + aimedAt.width / 2, aimedAt.y + aimedAt.height / 2);
    await expect(twoFactor.codeList.locator("code")).toHaveCount(12);
  });

  test("Reveal clicked the moment it is visible works on ten fresh pages", async ({ page, context, existingAccount }) => {
    // Eleven settings pages and a sign-in: the default 30 s is one journey's budget, not eleven.
    test.setTimeout(11 * 30_000);
    await signInWithRecoveryCodesOnly(page, existingAccount);
    for (let attempt = 1; attempt <= 10; attempt++) {
      const fresh = await context.newPage();
      const twoFactor = twoFactorSettingsScreen(fresh);
      await fresh.goto("/settings", { waitUntil: "commit" });
      await twoFactor.revealCodes.click();
      await expect(twoFactor.codeList.locator("code"), `attempt ${attempt}`).toHaveCount(12);
      await fresh.close();
    }
  });
});

test.describe("buttons without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Reveal shows the codes, the used one struck through", async ({ page, existingAccount }) => {
    await signInWithRecoveryCodesOnly(page, existingAccount);
    const twoFactor = twoFactorSettingsScreen(page);
    await twoFactor.revealCodes.click();
    await expect(twoFactor.codeList.locator("code")).toHaveCount(12);
    await expect(twoFactor.codeList.locator("del code")).toHaveCount(1);
    expect(await twoFactor.shownCodes()).toHaveLength(11);
  });
});
