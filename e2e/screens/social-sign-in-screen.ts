import { expect, type Page } from "@playwright/test";
import { signOutAtIdp } from "../support/local-idp";
import { homeScreen } from "./home-screen";
import { localIdpScreen, type IdpSignIn } from "./local-idp-screen";
import { loginScreen } from "./login-screen";
import { registrationScreen } from "./registration-screen";

/** The social sign-in choices on our sign-in, sign-up and settings pages: one form of provider buttons. */
export function socialSignInScreen(page: Page) {
  const form = page.getByRole("form", { name: "Social sign-in" });
  const idp = localIdpScreen(page);
  return {
    form,
    signInWith: form.getByRole("button", { name: "Sign in with Local IdP", exact: true }),
    signUpWith: form.getByRole("button", { name: "Sign up with Local IdP", exact: true }),
    /** After the provider left out a required trait, Kratos offers this one button to send the completed form. */
    continue: form.getByRole("button", { name: "Continue", exact: true }),
    link: form.getByRole("button", { name: "Link Local IdP", exact: true }),
    unlink: form.getByRole("button", { name: "Unlink Local IdP", exact: true }),
    /** From our sign-up page (with `query`), through the provider's sign-in, back to Kratos. */
    async signUpAtProvider(person: IdpSignIn, query = ""): Promise<void> {
      await registrationScreen(page).open(query);
      await this.signUpWith.click();
      await idp.signIn(person);
    },
    /** From our sign-in page (with `query`), through the provider's sign-in, back to Kratos. */
    async signInAtProvider(person: IdpSignIn, query = ""): Promise<void> {
      await loginScreen(page).open(query);
      await this.signInWith.click();
      await idp.signIn(person);
    },
    /** Signs out here and at the provider, so that the provider asks who this is next time. */
    async signOutHereAndAtProvider(): Promise<void> {
      await homeScreen(page).signOut.click();
      await expect(page).toHaveURL(/\/login\?flow=/);
      await signOutAtIdp(page.context());
    },
  };
}
