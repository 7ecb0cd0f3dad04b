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

// Fixture callbacks name their continuation `provide`: React's lint rules treat a
// function called `use` as a hook.
export const test = base.extend<Fixtures>({
  account: async ({}, provide) => provide(newAccount()),
  existingAccount: async ({}, provide) => {
    const account = newAccount();
    await createIdentity(account.email, account.password);
    await provide(account);
  },
  login: async ({ page }, provide) => provide(loginScreen(page)),
  registration: async ({ page }, provide) => provide(registrationScreen(page)),
  home: async ({ page }, provide) => provide(homeScreen(page)),
});

export { expect } from "@playwright/test";
