import { expect, test } from "./fixtures";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the theme menu, ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled, colorScheme: "light" });

    test("switches to dark, keeps it on the next page, and goes back to the system's theme", async ({ page }) => {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.goto("/login");
      const systemLight = await background();
      const menu = page.getByRole("navigation", { name: "Theme" });
      await menu.locator("summary").click();
      await menu.getByRole("link", { name: "Dark" }).click();
      await expect(page.locator("html")).toHaveClass("dark");
      expect(await background()).not.toBe(systemLight);

      await page.goto("/registration");
      await expect(page.locator("html")).toHaveClass("dark");
      await menu.locator("summary").click();
      await expect(menu.getByRole("link", { name: "Dark" })).toHaveAttribute("aria-current", "true");
      await menu.getByRole("link", { name: "As the system" }).click();
      await expect(page.locator("html")).not.toHaveClass("dark");
      expect(await background()).toBe(systemLight);
    });
  });
}
