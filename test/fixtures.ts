import { readFileSync } from "node:fs";
import path from "node:path";
import type { FlowError, LoginFlow, RecoveryFlow, RegistrationFlow, Session, SettingsFlow, VerificationFlow } from "@/lib/kratos/types";

type Fixtures = {
  login: LoginFlow;
  "login-invalid-credentials": LoginFlow;
  "login-refresh": LoginFlow;
  /** Passwordless code enabled (scripts/record-strong-auth-fixtures.ts): "Send sign in code" next to the password. */
  "login-code": LoginFlow;
  "login-code-sent": LoginFlow;
  /** After a wrong code Kratos lists "Resend code" before "Continue". */
  "login-code-wrong": LoginFlow;
  "login-identifier-first": LoginFlow;
  /** The second identifier-first screen for an account with a password (code enabled too). */
  "login-identifier-first-methods": LoginFlow;
  "login-identifier-first-code-sent": LoginFlow;
  "login-identifier-first-unknown": LoginFlow;
  /** Enumeration mitigated: the second screen for an address no account has. */
  "login-identifier-first-mitigated": LoginFlow;
  "login-identifier-first-refresh": LoginFlow;
  /** The second step for an account with an authenticator app and recovery codes. */
  "login-aal2": LoginFlow;
  registration: RegistrationFlow;
  "registration-errors": RegistrationFlow;
  "registration-errors-password": RegistrationFlow;
  "registration-duplicate": RegistrationFlow;
  "registration-profile-first": RegistrationFlow;
  "registration-credential-selection": RegistrationFlow;
  "registration-code-sent": RegistrationFlow;
  "registration-code-wrong": RegistrationFlow;
  settings: SettingsFlow;
  "settings-success": SettingsFlow;
  "settings-extended": SettingsFlow;
  "settings-extended-errors": SettingsFlow;
  /** An authenticator app linked, and new recovery codes waiting to be confirmed. */
  "settings-second-factors": SettingsFlow;
  /** Confirmed recovery codes shown again after the first one was used to sign in. */
  "settings-recovery-codes-revealed": SettingsFlow;
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
  const file = path.resolve(import.meta.dirname, "fixtures/kratos", `${name}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as Fixtures[K];
}
