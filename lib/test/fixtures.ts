import { readFileSync } from "node:fs";
import path from "node:path";
import type { FlowError, LoginFlow, RecoveryFlow, RegistrationFlow, Session, SettingsFlow, VerificationFlow } from "@/lib/kratos/types";

type Fixtures = {
  login: LoginFlow;
  "login-invalid-credentials": LoginFlow;
  "login-refresh": LoginFlow;
  registration: RegistrationFlow;
  "registration-errors": RegistrationFlow;
  "registration-errors-password": RegistrationFlow;
  "registration-duplicate": RegistrationFlow;
  "registration-profile-first": RegistrationFlow;
  "registration-credential-selection": RegistrationFlow;
  settings: SettingsFlow;
  "settings-success": SettingsFlow;
  "settings-extended": SettingsFlow;
  "settings-extended-errors": SettingsFlow;
  /** GET /schemas/extended: the raw JSON schema. */
  "identity-schema-extended": unknown;
  recovery: RecoveryFlow;
  "recovery-sent": RecoveryFlow;
  "recovery-wrong-code": RecoveryFlow;
  verification: VerificationFlow;
  "verification-sent": VerificationFlow;
  "verification-wrong-code": VerificationFlow;
  "verification-passed": VerificationFlow;
  "error-stub-500": FlowError;
  session: Session;
  /** GET /sessions: a person's other active sessions (signed in from Firefox and Safari). */
  sessions: Session[];
};

/** A Kratos response recorded by scripts/record-fixtures.ts from the real Kratos. */
export function fixture<K extends keyof Fixtures>(name: K): Fixtures[K] {
  const file = path.resolve(import.meta.dirname, "../kratos/__fixtures__", `${name}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as Fixtures[K];
}
