import { expect, type Page } from "@playwright/test";
import { UI_URL } from "../support/urls";

/** The start page: who is signed in, or the way in. */
export function homeScreen(page: Page) {
  return {
    heading: page.getByRole("heading", { level: 1 }),
    signOut: page.getByRole("link", { name: "Sign out" }),
    async expectSignedInAs(email: string): Promise<void> {
      await expect(page).toHaveURL(`${UI_URL}/`);
      await expect(this.heading).toHaveText("Your account");
      await expect(page.getByText(`You are signed in as ${email}.`)).toBeVisible();
    },
    async expectSignedOut(): Promise<void> {
      await page.goto("/");
      await expect(this.heading).toHaveText("Welcome");
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    },
  };
}
