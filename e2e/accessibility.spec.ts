import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { consentScreen } from "./screens/consent-screen";
import { demoAppScreen } from "./screens/demo-app-screen";

const PUBLIC_PAGES = ["/", "/login", "/registration", "/recovery", "/verification", "/error?id=stub:500", "/does-not-exist"];

async function expectNoViolations(page: Page, path: string, lang = "en"): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(summary, `accessibility violations on ${path}`).toEqual([]);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page).toHaveTitle(/\S/);
}

// Left to right and right to left, light and dark: contrast and structure must hold in each.
for (const path of PUBLIC_PAGES) {
  for (const lang of ["en", "de", "ar"]) {
    test(`${path} in ${lang} has no WCAG 2.1 AA violations (light and dark), one h1, its lang and a title`, async ({ page }) => {
      await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoViolations(page, `${path} (${lang}, ${colorScheme})`, lang);
      }
    });
  }
}

test("pages with errors stay accessible", async ({ page, login, existingAccount }) => {
  await login.open();
  await login.signIn(existingAccount.email, "wrong-password-1");
  await expect(page.getByTestId("ui/message/4000006")).toBeVisible();
  await expectNoViolations(page, "/login (wrong password)");
});

test("signed-in pages have no WCAG 2.1 AA violations", async ({ page, login, home, existingAccount }) => {
  // Three full axe scans after a sign-in.
  test.slow();
  await login.open();
  await login.signIn(existingAccount.email, existingAccount.password);
  await home.expectSignedInAs(existingAccount.email);
  for (const path of ["/", "/settings", "/sessions"]) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }
});

test("an app's sign-in, consent and sign-out screens have no WCAG 2.1 AA violations, in light and dark", async ({
  page,
  login,
  existingAccount,
}) => {
  // Six full axe scans around a whole sign-in.
  test.slow();
  const inBothThemes = async (what: string) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoViolations(page, `${what} (${colorScheme})`);
    }
    await page.emulateMedia({ colorScheme: "light" });
  };
  const app = demoAppScreen(page);
  await app.startSignIn();
  await expect(page.getByTestId("oauth2-app")).toBeVisible();
  await inBothThemes("/login for an app");
  await login.signIn(existingAccount.email, existingAccount.password);
  await consentScreen(page).expectOpen("Demo app");
  await inBothThemes("/consent");
  await consentScreen(page).allow.click();
  await app.expectSignedIn();
  await page.getByRole("link", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Yes, sign out" })).toBeVisible();
  await inBothThemes("/logout for an app");
});

test("keyboard users see where the focus is", async ({ page }) => {
  await page.goto("/login");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return { ring: style.boxShadow, outline: style.outlineStyle };
  });
  expect(outline.ring !== "none" || outline.outline !== "none").toBe(true);
});
