import type { Browser, BrowserContext, Page } from "@playwright/test";
import { homeScreen } from "../screens/home-screen";
import { loginScreen } from "../screens/login-screen";
import { newAccount, type Account } from "./accounts";
import { createIdentity } from "./kratos-admin";
import { KRATOS_PUBLIC_URL } from "./urls";

export type SomeoneElse = { context: BrowserContext; page: Page; account: Account; sessionId: string };

type Options = {
  /** An account that exists already (another of their browsers); a new one otherwise. */
  account?: Account;
  /** The browser this person signs in with, as Kratos records it for the session's device. */
  userAgent?: string;
};

/** Another person, signed in with their own account in a browser of their own, and the session Kratos gave that browser. */
export async function signInSomeoneElse(browser: Browser, { account, userAgent }: Options = {}): Promise<SomeoneElse> {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  const person = account ?? newAccount();
  if (!account) await createIdentity(person.email, person.password);
  const login = loginScreen(page);
  await login.open();
  await login.signIn(person.email, person.password);
  await homeScreen(page).expectSignedInAs(person.email);
  const whoami = await context.request.get(`${KRATOS_PUBLIC_URL}/sessions/whoami`);
  const { id: sessionId } = (await whoami.json()) as { id: string };
  return { context, page, account: person, sessionId };
}
