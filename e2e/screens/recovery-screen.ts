import { expect, type Page } from "@playwright/test";

/** The account recovery page as a person sees it, for both the code and the link method. */
export function recoveryScreen(page: Page) {
  const form = page.getByRole("form");
  return {
    heading: page.getByRole("heading", { level: 1 }),
    form,
    email: form.getByLabel("Email"),
    code: form.getByLabel("Recovery code"),
    submit: form.getByRole("button", { name: "Continue" }),
    resend: form.getByRole("button", { name: "Resend code" }),
    async open(query = ""): Promise<void> {
      await page.goto(`/recovery${query}`);
      await expect(this.heading).toHaveText("Recover your account");
    },
    /** Asks for a recovery mail and waits for the page that says it is on its way. */
    async requestMail(email: string): Promise<void> {
      await this.email.fill(email);
      await this.submit.click();
      await expect(this.heading).toHaveText("Check your email");
    },
    /** Asks for another mail; the page comes back looking the same, so wait for the reload itself. */
    async resendCode(): Promise<void> {
      const reloaded = page.waitForEvent("framenavigated");
      await this.resend.click();
      await reloaded;
      await page.waitForLoadState();
    },
    async enterCode(code: string): Promise<void> {
      await this.code.fill(code);
      await this.submit.click();
    },
  };
}
