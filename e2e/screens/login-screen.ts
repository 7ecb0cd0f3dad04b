import { expect, type Page } from "@playwright/test";

/** The sign-in page as a person sees it. */
export function loginScreen(page: Page) {
  const form = page.getByRole("form", { name: "Password" });
  return {
    form,
    identifier: form.getByLabel("Email"),
    password: form.getByLabel("Password", { exact: true }),
    // "Sign in with password" on a fresh flow, "Sign in" when confirming it is you.
    submit: form.getByRole("button", { name: /^Sign in( with password)?$/ }),
    async open(query = ""): Promise<void> {
      await page.goto(`/login${query}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    },
    async signIn(email: string, password: string): Promise<void> {
      await this.identifier.fill(email);
      await this.password.fill(password);
      await this.submit.click();
    },
  };
}
