import { expect, type Page } from "@playwright/test";
import { en } from "../../lib/i18n/locales/en";
import { activeSessions, identityByEmail } from "../support/kratos-admin";
import { UI_URL } from "../support/urls";

/** How the start page names the ways a session was signed in with (as settings names them). */
const METHOD_NAMES = {
  password: en.ui["group.password"],
  code: en.ui["group.code"],
  oidc: en.ui["group.oidc"],
  webauthn: en.ui["group.webauthn"],
  passkey: en.ui["group.passkey"],
  totp: en.ui["group.totp"],
} as const;

/** The start page: who is signed in, or the way in. */
export function homeScreen(page: Page) {
  return {
    heading: page.getByRole("heading", { level: 1 }),
    signOut: page.getByRole("link", { name: "Sign out" }),
    async expectSignedInAs(email: string): Promise<void> {
      await expect(page).toHaveURL(`${UI_URL}/`);
      await expect(this.heading).toHaveText("Your account");
      await expect(page.getByText(`You are signed in as ${email}.`)).toBeVisible();
    },
    /** The start page and Kratos agree on this person's session: its assurance level and the methods that reached it. */
    async expectSession(email: string, aal: "aal1" | "aal2", methods: (keyof typeof METHOD_NAMES)[]): Promise<void> {
      await expect(page.getByTestId("session-aal")).toHaveText(en.ui[`session.${aal}`]);
      await expect(page.getByTestId("session-methods")).toHaveText(methods.map((method) => METHOD_NAMES[method]).join(", "));
      const [session] = await activeSessions((await identityByEmail(email))!.id);
      expect(session?.authenticator_assurance_level).toBe(aal);
      expect(session?.authentication_methods?.map((method) => method.method)).toEqual(methods);
    },
    async expectSignedOut(): Promise<void> {
      await page.goto("/");
      await expect(this.heading).toHaveText("Welcome");
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    },
  };
}
