import { expect, type Page } from "@playwright/test";
import { loginScreen } from "./login-screen";

/** Account settings as a person sees it: one form per section. */
export function settingsScreen(page: Page) {
  const profile = page.getByRole("form", { name: "Profile" });
  const passwordForm = page.getByRole("form", { name: "Password" });
  return {
    heading: page.getByRole("heading", { level: 1 }),
    profile,
    passwordForm,
    email: profile.getByLabel("Email"),
    website: profile.getByLabel("Website"),
    age: profile.getByLabel("Age"),
    newsletter: profile.getByLabel("Send me the newsletter"),
    plan: profile.getByLabel("Plan"),
    saveProfile: profile.getByRole("button", { name: "Save" }),
    password: passwordForm.getByLabel("Password", { exact: true }),
    savePassword: passwordForm.getByRole("button", { name: "Save" }),
    /** Kratos's "Your changes have been saved!". */
    saved: page.getByTestId("ui/message/1050001"),
    async expectOpen(): Promise<void> {
      await expect(page).toHaveURL(/\/settings\?flow=/);
      await expect(this.heading).toHaveText("Account settings");
    },
    async open(): Promise<void> {
      await page.goto("/settings");
      await this.expectOpen();
    },
    /** Opens settings while signed out: sign-in comes first, then settings again. */
    async openSignedOut(email: string, password: string): Promise<void> {
      await page.goto("/settings");
      await expect(page).toHaveURL(/\/login\?flow=/);
      await loginScreen(page).signIn(email, password);
      await this.expectOpen();
    },
  };
}
