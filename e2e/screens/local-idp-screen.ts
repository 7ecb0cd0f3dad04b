import { expect, type Page } from "@playwright/test";
import { LOCAL_IDP } from "../support/local-idp";

export type IdpSignIn = { email: string; name?: string; shareEmail?: boolean };

/** The Local IdP's own sign-in page (scripts/local-idp), where Kratos sends the person for social sign-in. */
export function localIdpScreen(page: Page) {
  const form = page.locator("form");
  return {
    heading: page.getByRole("heading", { level: 1 }),
    email: form.getByRole("textbox", { name: "Email" }),
    name: form.getByRole("textbox", { name: "Name (optional)" }),
    shareEmail: form.getByLabel("Share my email address"),
    signInButton: form.getByRole("button", { name: "Sign in" }),
    decline: form.getByRole("button", { name: "Decline" }),
    async expectOpen(): Promise<void> {
      await expect(page).toHaveURL(new RegExp(`^${LOCAL_IDP.origin}/interaction/`));
      await expect(this.heading).toHaveText("Local IdP");
    },
    /** Signs in at the provider, sharing the email unless told not to; the provider then sends the browser back to Kratos. */
    async signIn({ email, name, shareEmail = true }: IdpSignIn): Promise<void> {
      await this.expectOpen();
      await this.email.fill(email);
      if (name) await this.name.fill(name);
      await this.shareEmail.setChecked(shareEmail);
      await this.signInButton.click();
    },
    async declineSignIn(): Promise<void> {
      await this.expectOpen();
      await this.decline.click();
    },
  };
}
