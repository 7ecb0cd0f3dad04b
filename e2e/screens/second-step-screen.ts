import { expect, type Page } from "@playwright/test";
import type { Account } from "../support/accounts";
import { totpCode } from "../support/second-factor";
import { loginScreen } from "./login-screen";

/** The second step of signing in: the authenticator app or a recovery code. */
export function secondStepScreen(page: Page) {
  const totpForm = page.getByRole("form", { name: "Authenticator app" });
  const recoveryForm = page.getByRole("form", { name: "Recovery codes" });
  const codeForm = page.getByRole("form", { name: "Email code" });
  return {
    heading: page.getByRole("heading", { level: 1 }),
    totpForm,
    totpCode: totpForm.getByLabel("Authentication code"),
    useTotp: totpForm.getByRole("button", { name: "Use Authenticator" }),
    recoveryForm,
    recoveryCode: recoveryForm.getByLabel("Backup recovery code"),
    useRecoveryCode: recoveryForm.getByRole("button", { name: "Use backup recovery code" }),
    signOut: page.getByRole("link", { name: "Sign out" }),
    /** With a code by email as the second factor: "Send code to <address>". */
    sendCodeTo: (address: string) => codeForm.getByRole("button", { name: `Send code to ${address}` }),
    mailedCode: codeForm.getByLabel("Login code"),
    submitMailedCode: codeForm.getByRole("button", { name: "Continue" }),
    async expectOpen(email: string): Promise<void> {
      await expect(page).toHaveURL(/\/login\?flow=/);
      await expect(this.heading).toHaveText("Two-factor authentication");
      await expect(page.getByText(`Signing in as ${email}`)).toBeVisible();
      await expect(page.getByTestId("ui/message/1010004")).toBeVisible();
    },
    /** Signs in with the password from our sign-in page (with `query`) and waits for this step. */
    async reachFromPassword(account: Account, query = ""): Promise<void> {
      const login = loginScreen(page);
      await login.open(query);
      await login.signIn(account.email, account.password);
      await this.expectOpen(account.email);
    },
    async enterTotp(code: string): Promise<void> {
      await this.totpCode.fill(code);
      await this.useTotp.click();
    },
    /** Types what the authenticator app shows now. */
    async completeWithApp(secret: string): Promise<void> {
      await this.enterTotp(await totpCode(secret));
    },
    async enterRecoveryCode(code: string): Promise<void> {
      await this.recoveryCode.fill(code);
      await this.useRecoveryCode.click();
    },
  };
}
