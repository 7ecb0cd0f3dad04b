import type { Account, FindAccount } from "oidc-provider";

/** What the tester typed on the login page for one address. */
export type TestAccount = { email: string; name?: string; shareEmail: boolean };

const accounts = new Map<string, TestAccount>();

export function rememberAccount(account: TestAccount): void {
  accounts.set(account.email, account);
}

/** Claims exactly as typed: the email (and its verification) only when the tester chose to share it. */
export const findAccount: FindAccount = (_context, id): Account | undefined => {
  const account = accounts.get(id);
  if (!account) return undefined;
  return {
    accountId: id,
    claims: () => ({
      sub: id,
      ...(account.shareEmail ? { email: account.email, email_verified: true } : {}),
      ...(account.name ? { name: account.name } : {}),
    }),
  };
};
