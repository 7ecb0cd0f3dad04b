import { expect, type Page } from "@playwright/test";

/** The admin area's identity list. */
export function adminScreen(page: Page) {
  const table = page.getByTestId("admin-identities");
  return {
    heading: page.getByRole("heading", { level: 1 }),
    table,
    rows: table.locator("tbody tr"),
    search: page.getByLabel("Find by exact identifier or id"),
    pageSize: page.getByLabel("Per page"),
    find: page.getByRole("button", { name: "Find" }),
    next: page.getByRole("link", { name: "Next page" }),
    noMatch: page.getByTestId("admin-no-identities"),
    row: (identifier: string) => table.locator("tbody tr", { has: page.getByRole("link", { name: identifier, exact: true }) }),
    async expectOpen(): Promise<void> {
      await expect(page).toHaveURL(/\/admin(\?.*)?$/);
      await expect(this.heading).toHaveText("Identities");
    },
    async expectNotFound(): Promise<void> {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    },
  };
}
