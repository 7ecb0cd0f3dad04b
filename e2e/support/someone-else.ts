import type { Browser, BrowserContext, Page } from "@playwright/test";
import { homeScreen } from "../screens/home-screen";
import { loginScreen } from "../screens/login-screen";
import { newAccount, type Account } from "./accounts";
import { createIdentity } from "./kratos-admin";

/** Another person, signed in with their own account in a browser of their own. */
export async function signInSomeoneElse(browser: Browser): Promise<{ context: BrowserContext; page: Page; account: Account }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = newAccount();
  await createIdentity(account.email, account.password);
  const login = loginScreen(page);
  await login.open();
  await login.signIn(account.email, account.password);
  await homeScreen(page).expectSignedInAs(account.email);
  return { context, page, account };
}
