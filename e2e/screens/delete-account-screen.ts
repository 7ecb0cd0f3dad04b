import { expect, type Page } from "@playwright/test";

/** "Delete your account" (or "Close your account") and the page after it. */
export function deleteAccountScreen(page: Page) {
  const form = page.getByRole("form", { name: /^(Delete|Close) your account$/ });
  return {
    heading: page.getByRole("heading", { level: 1 }),
    form,
    confirm: form.getByLabel(/^To confirm, type /),
    deleteForGood: form.getByRole("button", { name: "Delete my account for good" }),
    close: form.getByRole("button", { name: "Close my account" }),
    mismatch: page.getByText("That is not your account's identifier. Type it exactly as shown above."),
    async expectOpen(base = ""): Promise<void> {
      await expect(page).toHaveURL(new RegExp(`^${base}.*/settings/delete(\\?.*)?$`));
      await expect(this.heading).toHaveText(/^(Delete|Close) your account$/);
    },
    /** The hidden field that names the server action in a form posted without JavaScript. */
    async actionField(): Promise<string> {
      const name = await form.locator('input[type="hidden"][name^="$ACTION_ID_"]').getAttribute("name");
      if (!name) throw new Error("the form names no server action");
      return name;
    },
  };
}
