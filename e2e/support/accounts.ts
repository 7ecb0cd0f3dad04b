import { randomUUID } from "node:crypto";

export type Account = { email: string; password: string };

/** A fresh address per test, so tests never share state in Kratos. */
export function newAccount(): Account {
  return { email: `e2e-${randomUUID().slice(0, 12)}@example.org`, password: "Correct-Horse-Battery-9" };
}
