import { expect, type Page } from "@playwright/test";
import { consentScreen } from "../../../e2e/screens/consent-screen";
import { demoAppScreen } from "../../../e2e/screens/demo-app-screen";
import { loginScreen } from "../../../e2e/screens/login-screen";
import { secondStepScreen } from "../../../e2e/screens/second-step-screen";
import { newAccount, type Account } from "../../../e2e/support/accounts";
import { createIdentity } from "../../../e2e/support/kratos-admin";
import { recoveryScreen } from "../../../e2e/screens/recovery-screen";
import { enrolSecondFactors } from "../../../e2e/support/second-factor";
import { signInAsNewAdmin } from "../../../e2e/support/admins";

/** A page in a state worth looking at, reached the way a person reaches it. */
export type Scene = { name: string; reach: (page: Page) => Promise<void> };

async function someone(): Promise<Account> {
  const account = newAccount();
  await createIdentity(account.email, account.password, { traits: { name: "Ada Lovelace" } });
  return account;
}

async function signedIn(page: Page): Promise<Account> {
  const account = await someone();
  await loginScreen(page).open();
  await loginScreen(page).signIn(account.email, account.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  return account;
}

const heading = (page: Page) => expect(page.getByRole("heading", { level: 1 })).toBeVisible();

export const SCENES: readonly Scene[] = [
  { name: "login", reach: async (page) => void (await page.goto("/login"), await heading(page)) },
  {
    name: "login-error",
    reach: async (page) => {
      await page.goto("/login");
      await loginScreen(page).signIn("nobody@example.org", "wrong password");
      await expect(page.getByTestId("ui/message/4000006")).toBeVisible();
    },
  },
  { name: "registration", reach: async (page) => void (await page.goto("/registration"), await heading(page)) },
  { name: "recovery", reach: async (page) => void (await page.goto("/recovery"), await heading(page)) },
  { name: "verification", reach: async (page) => void (await page.goto("/verification"), await heading(page)) },
  { name: "home-signed-out", reach: async (page) => void (await page.goto("/"), await heading(page)) },
  { name: "home", reach: async (page) => void (await signedIn(page)) },
  { name: "settings", reach: async (page) => void (await signedIn(page), await page.goto("/settings"), await heading(page)) },
  { name: "sessions", reach: async (page) => void (await signedIn(page), await page.goto("/sessions"), await heading(page)) },
  {
    name: "recovery-code",
    reach: async (page) => {
      const account = await someone();
      await recoveryScreen(page).open();
      await recoveryScreen(page).requestMail(account.email);
    },
  },
  {
    name: "second-step",
    reach: async (page) => {
      const account = await someone();
      await enrolSecondFactors(account);
      await loginScreen(page).open();
      await loginScreen(page).signIn(account.email, account.password);
      await expect(secondStepScreen(page).heading).toHaveText("Two-factor authentication");
    },
  },
  {
    name: "delete-account",
    reach: async (page) => void (await signedIn(page), await page.goto("/settings/delete"), await heading(page)),
  },
  { name: "goodbye", reach: async (page) => void (await page.goto("/goodbye"), await heading(page)) },
  { name: "sign-out-signed-out", reach: async (page) => void (await page.goto("/logout"), await heading(page)) },
  { name: "error", reach: async (page) => void (await page.goto("/error?id=stub:500"), await heading(page)) },
  { name: "not-found", reach: async (page) => void (await page.goto("/no-such-page"), await heading(page)) },
  {
    name: "oauth2-login",
    reach: async (page) => {
      await demoAppScreen(page).startSignIn();
      await expect(page.getByTestId("oauth2-app")).toBeVisible();
    },
  },
  {
    name: "oauth2-second-step",
    reach: async (page) => {
      const account = await someone();
      await enrolSecondFactors(account);
      await demoAppScreen(page).startSignIn();
      await loginScreen(page).signIn(account.email, account.password);
      await expect(secondStepScreen(page).heading).toHaveText("Two-factor authentication");
    },
  },
  {
    name: "oauth2-consent",
    reach: async (page) => {
      const account = await someone();
      await demoAppScreen(page).startSignIn();
      await loginScreen(page).signIn(account.email, account.password);
      await consentScreen(page).expectOpen("Demo app");
    },
  },
  {
    name: "oauth2-logout",
    reach: async (page) => {
      const app = demoAppScreen(page);
      await app.signInAndAllow(await someone());
      await page.getByRole("link", { name: "Sign out" }).click();
      await expect(page.getByRole("button", { name: "Yes, sign out" })).toBeVisible();
    },
  },
  {
    name: "connected-apps",
    reach: async (page) => {
      await demoAppScreen(page).signInAndAllow(await someone(), { remember: true });
      await page.goto("/sessions");
      await expect(page.getByTestId("connected-app")).toBeVisible();
    },
  },
  { name: "admin", reach: async (page) => void (await signInAsNewAdmin(page), await heading(page)) },
  {
    name: "admin-identity",
    reach: async (page) => {
      const admin = await signInAsNewAdmin(page);
      await page.goto(`/admin/identities/${admin.id}`);
      await heading(page);
    },
  },
  { name: "admin-new", reach: async (page) => void (await signInAsNewAdmin(page), await page.goto("/admin/new"), await heading(page)) },
  {
    name: "admin-courier",
    reach: async (page) => void (await signInAsNewAdmin(page), await page.goto("/admin/courier"), await heading(page)),
  },
];
