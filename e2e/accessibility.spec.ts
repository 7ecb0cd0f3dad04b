import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PUBLIC_PAGES = ["/", "/login", "/registration", "/recovery", "/verification", "/error?id=stub:500", "/does-not-exist"];

async function expectNoViolations(page: Page, path: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(summary, `accessibility violations on ${path}`).toEqual([]);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle(/\S/);
}

for (const path of PUBLIC_PAGES) {
  test(`${path} has no WCAG 2.1 AA violations, one h1, a lang and a title`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page, path);
  });
}

test("pages with errors stay accessible", async ({ page, login, existingAccount }) => {
  await login.open();
  await login.signIn(existingAccount.email, "wrong-password-1");
  await expect(page.getByTestId("ui/message/4000006")).toBeVisible();
  await expectNoViolations(page, "/login (wrong password)");
});

test("signed-in pages have no WCAG 2.1 AA violations", async ({ page, login, home, existingAccount }) => {
  await login.open();
  await login.signIn(existingAccount.email, existingAccount.password);
  await home.expectSignedInAs(existingAccount.email);
  for (const path of ["/", "/settings", "/sessions"]) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }
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
