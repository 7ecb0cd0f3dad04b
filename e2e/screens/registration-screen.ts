import { expect, type Page } from "@playwright/test";

/** The sign-up page as a person sees it. */
export function registrationScreen(page: Page) {
  const form = page.getByRole("form", { name: "Password" });
  return {
    form,
    email: form.getByLabel("Email"),
    password: form.getByLabel("Password", { exact: true }),
    name: form.getByLabel("Full name"),
    submit: form.getByRole("button", { name: "Sign up", exact: true }),
    async open(query = ""): Promise<void> {
      await page.goto(`/registration${query}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
    },
    async signUp(email: string, password: string): Promise<void> {
      await this.email.fill(email);
      await this.password.fill(password);
      await this.submit.click();
    },
  };
}
