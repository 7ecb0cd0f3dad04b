import { test as base } from "@playwright/test";
import { newAccount, type Account } from "./support/accounts";
import { createIdentity } from "./support/kratos-admin";
import { homeScreen } from "./screens/home-screen";
import { loginScreen } from "./screens/login-screen";
import { registrationScreen } from "./screens/registration-screen";

type Fixtures = {
  /** Credentials nobody has used yet. */
  account: Account;
  /** An account that already exists in Kratos (created through the admin API). */
  existingAccount: Account;
  login: ReturnType<typeof loginScreen>;
  registration: ReturnType<typeof registrationScreen>;
  home: ReturnType<typeof homeScreen>;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  account: async ({}, use) => use(newAccount()),
  // eslint-disable-next-line no-empty-pattern
  existingAccount: async ({}, use) => {
    const account = newAccount();
    await createIdentity(account.email, account.password);
    await use(account);
  },
  login: async ({ page }, use) => use(loginScreen(page)),
  registration: async ({ page }, use) => use(registrationScreen(page)),
  home: async ({ page }, use) => use(homeScreen(page)),
});

export { expect } from "@playwright/test";
