import { expect, type Page } from "@playwright/test";
import { SUBJECTS, waitForMail } from "../support/mail";
import { loginScreen } from "./login-screen";

/** The step after Kratos mailed a sign-in or sign-up code, as a person sees it. */
export function codeStepScreen(page: Page, codeLabel: "Login code" | "Registration code") {
  return {
    heading: page.getByRole("heading", { level: 1 }),
    code: page.getByLabel(codeLabel),
    submit: page.getByRole("button", { name: "Continue" }),
    resend: page.getByRole("button", { name: "Resend code" }),
    async expectOpen(): Promise<void> {
      await expect(this.heading).toHaveText("Check your email");
      await expect(this.code).toBeEditable();
    },
    async enterCode(code: string): Promise<void> {
      await this.code.fill(code);
      await this.submit.click();
    },
    /** Asks for another code; the page comes back looking the same, so wait for the reload itself. */
    async resendCode(): Promise<void> {
      const reloaded = page.waitForEvent("framenavigated");
      await this.resend.click();
      await reloaded;
      await page.waitForLoadState();
    },
  };
}

/**
 * From our sign-in page, asks Kratos to mail a sign-in code to `email` and waits for
 * the code step. `sentMail` waits for that mail (sent after the request, not an older one).
 */
export async function askForLoginCode(page: Page, email: string) {
  const since = new Date();
  await loginScreen(page).open();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send sign in code" }).click();
  const step = codeStepScreen(page, "Login code");
  await step.expectOpen();
  return { step, sentMail: () => waitForMail({ to: email, subject: SUBJECTS.loginCode, after: since }) };
}
