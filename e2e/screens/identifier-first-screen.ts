import { expect, type Page } from "@playwright/test";

/** Sign-in in identifier-first style: the address alone, then the account's ways to sign in. */
export function identifierFirstScreen(page: Page) {
  const passwordForm = page.getByRole("form", { name: "Password" });
  return {
    heading: page.getByRole("heading", { level: 1 }),
    identifier: page.getByLabel("Email", { exact: true }),
    next: page.getByRole("button", { name: "Continue" }),
    /** "Signing in as …" with "Use another account", shown once the address is only a hidden field. */
    account: page.getByTestId("login-account"),
    password: passwordForm.getByLabel("Password", { exact: true }),
    signIn: passwordForm.getByRole("button", { name: "Sign in with password" }),
    /** Shown once the page runs in a browser that supports WebAuthn. */
    passkey: page.getByRole("button", { name: "Sign in with passkey" }),
    sendCode: page.getByRole("button", { name: "Send sign in code" }),
    async open(query = ""): Promise<void> {
      await page.goto(`/login${query}`);
      await expect(this.heading).toHaveText("Sign in");
    },
    async enterIdentifier(email: string): Promise<void> {
      await this.identifier.fill(email);
      await this.next.click();
    },
    /** What the page shows, with the address replaced, to compare two screens. */
    async shape(email: string): Promise<{ text: string; fields: string[]; buttons: string[] }> {
      const main = page.getByRole("main");
      return {
        text: (await main.innerText()).replaceAll(email, "<address>"),
        fields: await main
          .locator("input:not([type=hidden])")
          .evaluateAll((inputs) => inputs.map((input) => `${input.getAttribute("name")}:${input.getAttribute("type")}`)),
        buttons: (await main.getByRole("button").allInnerTexts()).map((text) => text.trim()),
      };
    },
  };
}
