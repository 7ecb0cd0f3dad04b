import { test as base } from "@playwright/test";
import { newAccount, PROFILE_TRAITS, type Account } from "./support/accounts";
import { createIdentity } from "./support/kratos-admin";
import { homeScreen } from "./screens/home-screen";
import { loginScreen } from "./screens/login-screen";
import { recoveryScreen } from "./screens/recovery-screen";
import { registrationScreen } from "./screens/registration-screen";
import { sessionsScreen } from "./screens/sessions-screen";
import { settingsScreen } from "./screens/settings-screen";
import { verificationScreen } from "./screens/verification-screen";

type Fixtures = {
  /** Credentials nobody has used yet. */
  account: Account;
  /** An account that already exists in Kratos (created through the admin API). */
  existingAccount: Account;
  /** An existing account in the "extended" schema (website, age, newsletter, plan), with its Kratos id. */
  profileAccount: Account & { id: string };
  login: ReturnType<typeof loginScreen>;
  registration: ReturnType<typeof registrationScreen>;
  home: ReturnType<typeof homeScreen>;
  settings: ReturnType<typeof settingsScreen>;
  sessions: ReturnType<typeof sessionsScreen>;
  recovery: ReturnType<typeof recoveryScreen>;
  verification: ReturnType<typeof verificationScreen>;
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
  profileAccount: async ({}, provide) => {
    const account = newAccount();
    const identity = await createIdentity(account.email, account.password, { schemaId: "extended", traits: PROFILE_TRAITS });
    await provide({ ...account, id: identity.id });
  },
  login: async ({ page }, provide) => provide(loginScreen(page)),
  registration: async ({ page }, provide) => provide(registrationScreen(page)),
  home: async ({ page }, provide) => provide(homeScreen(page)),
  settings: async ({ page }, provide) => provide(settingsScreen(page)),
  sessions: async ({ page }, provide) => provide(sessionsScreen(page)),
  recovery: async ({ page }, provide) => provide(recoveryScreen(page)),
  verification: async ({ page }, provide) => provide(verificationScreen(page)),
});

export { expect } from "@playwright/test";
