import { expect, type Page } from "@playwright/test";

/** The email verification page as a person sees it. */
export function verificationScreen(page: Page) {
  const form = page.getByRole("form");
  return {
    heading: page.getByRole("heading", { level: 1 }),
    form,
    email: form.getByLabel("Email"),
    code: form.getByLabel("Verification code"),
    submit: form.getByRole("button", { name: "Continue" }),
    resend: form.getByRole("button", { name: "Resend code" }),
    continueLink: page.getByTestId("node/anchor/continue"),
    async open(query = ""): Promise<void> {
      await page.goto(`/verification${query}`);
      await expect(this.heading).toHaveText("Verify your email address");
    },
    /** Asks for a verification mail and waits for the page that says it is on its way. */
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
    async expectVerified(): Promise<void> {
      await expect(this.heading).toHaveText("Email address verified");
      await expect(page.getByTestId("ui/message/1080002")).toHaveText("You successfully verified your email address.");
    },
  };
}
