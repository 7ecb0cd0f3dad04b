import { expect, type Page } from "@playwright/test";
import type { Account } from "../support/accounts";
import { DEMO_APP_URL } from "../support/urls";
import { consentScreen } from "./consent-screen";
import { loginScreen } from "./login-screen";

/** The demo OAuth2 app (scripts/demo-app), as a person using it sees it. */
export function demoAppScreen(page: Page) {
  return {
    signIn: page.getByRole("link", { name: "Sign in with the account" }),
    client: page.getByTestId("demo-client"),
    claims: page.getByTestId("demo-claims"),
    userinfo: page.getByTestId("demo-userinfo"),
    scope: page.getByTestId("demo-scope"),
    refresh: page.getByTestId("demo-refresh"),
    error: page.getByTestId("demo-error"),
    async open(query = ""): Promise<void> {
      await page.goto(`${DEMO_APP_URL}/${query}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo app");
    },
    /** Starts a sign-in at the app, optionally with OAuth2 parameters such as prompt=login. */
    async startSignIn(parameters = ""): Promise<void> {
      await page.goto(`${DEMO_APP_URL}/login${parameters}`);
    },
    /** Signs in at the app through this UI and allows everything it asks for, optionally remembering it. */
    async signInAndAllow(account: Account, { remember = false } = {}): Promise<void> {
      await this.startSignIn();
      await loginScreen(page).signIn(account.email, account.password);
      const consent = consentScreen(page);
      await consent.expectOpen("Demo app");
      if (remember) await consent.remember.check();
      await consent.allow.click();
      await this.expectSignedIn();
    },
    async expectSignedIn(): Promise<{ claims: Record<string, unknown>; userinfo: Record<string, unknown> }> {
      await expect(page).toHaveURL(`${DEMO_APP_URL}/`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signed in");
      return {
        claims: JSON.parse((await this.claims.textContent()) ?? "{}") as Record<string, unknown>,
        userinfo: JSON.parse((await this.userinfo.textContent()) ?? "{}") as Record<string, unknown>,
      };
    },
  };
}
