import { expect, type Page } from "@playwright/test";
import { DEMO_APP_URL } from "../support/urls";

/** The demo OAuth2 app (scripts/demo-app), as a person using it sees it. */
export function demoAppScreen(page: Page) {
  return {
    signIn: page.getByRole("link", { name: "Sign in with the account" }),
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
