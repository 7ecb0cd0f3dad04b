import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures";
import { signInAsNewAdmin } from "../support/admins";

for (const colorScheme of ["light", "dark"] as const) {
  test(`the admin pages, leaving and its confirmation have no WCAG 2.1 AA violations (${colorScheme})`, async ({
    page,
    profileAccount,
  }) => {
    // Seven full scans after an admin's sign-in: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    await signInAsNewAdmin(page);
    await page.emulateMedia({ colorScheme });
    const paths = [
      "/admin",
      `/admin/identities/${profileAccount.id}`,
      `/admin/identities/${profileAccount.id}?notice=metadata-invalid`,
      "/admin/new",
      "/admin/courier",
      "/settings/delete?problem=confirm",
      "/goodbye?mode=deactivate",
    ];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
      expect(summary, `accessibility violations on ${path} (${colorScheme})`).toEqual([]);
    }
  });
}
