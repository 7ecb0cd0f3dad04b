import type { Page } from "@playwright/test";
import { LOCAL_ADMIN_EMAIL } from "../../scripts/lib/stack-config";
import { loginScreen } from "../screens/login-screen";
import { secondStepScreen } from "../screens/second-step-screen";
import { newAccount, type Account } from "./accounts";
import { createIdentity, deleteIdentityByEmail, patchIdentity } from "./kratos-admin";
import { enrolSecondFactors } from "./second-factor";

export type AdminAccount = Account & { id: string; totpSecret?: string };

/** How an account became an admin: `metadata_public.roles` holding "admin", or the stack's ADMIN_IDENTITIES. */
export type AdminBy = "role" | "configuration" | "none";

/**
 * An account with a verified address, made an admin the way an operator would
 * (through the admin API, or by being listed in the UI's configuration), with an
 * authenticator app unless `secondFactor: false`.
 */
export async function createAdminAccount(by: AdminBy, { secondFactor = true }: { secondFactor?: boolean } = {}): Promise<AdminAccount> {
  const account = by === "configuration" ? { ...newAccount(), email: LOCAL_ADMIN_EMAIL } : newAccount();
  if (by === "configuration") await deleteIdentityByEmail(account.email);
  const identity = await createIdentity(account.email, account.password);
  await patchIdentity(identity.id, [
    { op: "replace", path: "/verifiable_addresses/0/verified", value: true },
    { op: "replace", path: "/verifiable_addresses/0/status", value: "completed" },
    ...(by === "role" ? [{ op: "add" as const, path: "/metadata_public", value: { roles: ["admin"] } }] : []),
  ]);
  const totpSecret = secondFactor ? (await enrolSecondFactors(account, { app: true })).totpSecret : undefined;
  return { ...account, id: identity.id, totpSecret };
}

/** Signs in with the password and the authenticator app, starting from `path` (which sends the person to sign in). */
export async function signInAtAal2(page: Page, account: AdminAccount, returnTo = "/admin"): Promise<void> {
  const login = loginScreen(page);
  await login.open(`?return_to=${encodeURIComponent(returnTo)}`);
  await login.signIn(account.email, account.password);
  if (!account.totpSecret) throw new Error("this account has no second factor");
  await secondStepScreen(page).completeWithApp(account.totpSecret);
}

/** A new admin (by role, with an authenticator app), signed in at aal2 in `page` and on the admin area: how most admin tests begin. */
export async function signInAsNewAdmin(page: Page): Promise<AdminAccount> {
  const admin = await createAdminAccount("role");
  await signInAtAal2(page, admin);
  return admin;
}
