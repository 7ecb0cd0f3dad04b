import type { Page } from "@playwright/test";

/** The social sign-in choices on our sign-in, sign-up and settings pages: one form of provider buttons. */
export function socialSignInScreen(page: Page) {
  const form = page.getByRole("form", { name: "Social sign-in" });
  return {
    form,
    signInWith: form.getByRole("button", { name: "Sign in with Local IdP", exact: true }),
    signUpWith: form.getByRole("button", { name: "Sign up with Local IdP", exact: true }),
    /** After the provider left out a required trait, Kratos offers this one button to send the completed form. */
    continue: form.getByRole("button", { name: "Continue", exact: true }),
    link: form.getByRole("button", { name: "Link Local IdP", exact: true }),
    unlink: form.getByRole("button", { name: "Unlink Local IdP", exact: true }),
  };
}
