import { randomUUID } from "node:crypto";

export type Account = { email: string; password: string };

/** A fresh address per test, so tests never share state in Kratos. */
export function newAccount(): Account {
  return { email: `e2e-${randomUUID().slice(0, 12)}@example.org`, password: "Correct-Horse-Battery-9" };
}

/** The traits an account in the "extended" identity schema starts with. */
export const PROFILE_TRAITS = { website: "https://example.org/me", age: 42, newsletter: true, plan: "team" } as const;
