import { expect, type Page } from "@playwright/test";

/** The consent screen an app's sign-in leads to. */
export function consentScreen(page: Page) {
  const form = page.getByRole("form", { name: "Allow access?" });
  return {
    form,
    heading: page.getByRole("heading", { level: 1 }),
    scope: (label: string | RegExp) => form.getByRole("checkbox", { name: label }),
    remember: form.getByRole("checkbox", { name: "Remember my decision for this app" }),
    allow: form.getByRole("button", { name: "Allow" }),
    deny: form.getByRole("button", { name: "Deny" }),
    async expectOpen(app: string): Promise<void> {
      await expect(page).toHaveURL(/\/consent\?consent_challenge=/);
      await expect(this.heading).toHaveText("Allow access?");
      await expect(page.getByText(`${app} would like to use your account.`)).toBeVisible();
    },
  };
}
