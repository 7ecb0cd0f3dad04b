import { expect, type Page } from "@playwright/test";
import { codeFrom, waitForMail, type Mail } from "../support/mail";

type MailStep = { path: string; title: string; codeLabel: string; subject: string };

/** A page that mails a code or link (recovery, verification) as a person sees it. */
export function mailStepScreen(page: Page, { path, title, codeLabel, subject }: MailStep) {
  const form = page.getByRole("form");
  return {
    heading: page.getByRole("heading", { level: 1 }),
    form,
    email: form.getByLabel("Email"),
    code: form.getByLabel(codeLabel),
    submit: form.getByRole("button", { name: "Continue" }),
    resend: form.getByRole("button", { name: "Resend code" }),
    async open(query = ""): Promise<void> {
      await page.goto(`${path}${query}`);
      await expect(this.heading).toHaveText(title);
    },
    /**
     * Asks for a mail and waits for the page that says it is on its way.
     * The returned `sentMail` waits for that mail (sent after the request, not an older one).
     */
    async requestMail(email: string): Promise<() => Promise<Mail>> {
      const since = new Date();
      await this.email.fill(email);
      await this.submit.click();
      await expect(this.heading).toHaveText("Check your email");
      return () => waitForMail({ to: email, subject, after: since });
    },
    /** Asks for another mail; the page comes back looking the same, so wait for the reload itself. */
    async resendCode(): Promise<void> {
      const reloaded = page.waitForEvent("framenavigated");
      await this.resend.click();
      await reloaded;
      await page.waitForLoadState();
    },
    /** Opens the page, asks for a mail, then for another one; returns the second mail's code. */
    async resentCode(email: string): Promise<string> {
      await this.open();
      const sentMail = await this.requestMail(email);
      const first = await sentMail();
      // With the code field left empty: resending must not need it.
      await this.resendCode();
      const second = await waitForMail({ to: email, subject, after: first });
      expect(codeFrom(second)).not.toBe(codeFrom(first));
      return codeFrom(second);
    },
    async enterCode(code: string): Promise<void> {
      await this.code.fill(code);
      await this.submit.click();
    },
  };
}
