// What the bench's pages need from Kratos, made through its APIs as a browser and
// an operator would: flows with their CSRF cookie, and a signed-in person.
import { randomUUID } from "node:crypto";
import type { LoginFlow, RecoveryFlow, RegistrationFlow, SettingsFlow } from "../../../lib/kratos/types";
import { KratosBrowser } from "../kratos-http";
import { createIdentity, deleteIdentity, signIn } from "../load/users";
import { URLS } from "../stack-config";

export type BenchFlows = {
  /** Cookie header and flow id of a fresh login flow (signed out). */
  login: { cookie: string; flow: string };
  registration: { cookie: string; flow: string };
  /** For the --lighthouse pass. */
  recovery: { cookie: string; flow: string };
  /** A signed-in person's cookies and a settings flow of theirs. */
  signedIn: { cookie: string; settingsFlow: string };
  cleanUp(): Promise<void>;
};

/** One line that says what to start, when Kratos is not there. */
export async function requireKratos(): Promise<void> {
  const ready = await fetch(`${URLS.kratosAdmin}/admin/health/ready`, { signal: AbortSignal.timeout(3000) }).then(
    (response) => response.status === 200,
    () => false,
  );
  if (!ready) {
    throw new StackMissing(
      `Kratos is not answering at ${URLS.kratosAdmin}: start the test stack first (npx tsx scripts/test-stack.ts, or npm run dev), then run npm run bench again.`,
    );
  }
}

export class StackMissing extends Error {}

export async function prepareFlows(): Promise<BenchFlows> {
  const adminUrl = new URL(URLS.kratosAdmin);
  const publicUrl = new URL(URLS.kratosPublic);
  const signedOut = new KratosBrowser(URLS.kratosPublic);
  const login = await signedOut.get<LoginFlow>("/self-service/login/browser");
  const registration = await signedOut.get<RegistrationFlow>("/self-service/registration/browser");
  const recovery = await signedOut.get<RecoveryFlow>("/self-service/recovery/browser");

  const email = `bench-${randomUUID().slice(0, 8)}@example.org`;
  const password = `Bench-${randomUUID()}`;
  const id = await createIdentity(adminUrl, email, "Bench Person", { password });
  try {
    const person = await signIn(publicUrl, email, password);
    const settings = await person.get<SettingsFlow>("/self-service/settings/browser");
    return {
      login: { cookie: signedOut.jar.header(), flow: login.body.id },
      registration: { cookie: signedOut.jar.header(), flow: registration.body.id },
      recovery: { cookie: signedOut.jar.header(), flow: recovery.body.id },
      signedIn: { cookie: person.jar.header(), settingsFlow: settings.body.id },
      cleanUp: () => deleteIdentity(adminUrl, id),
    };
  } catch (error) {
    await deleteIdentity(adminUrl, id);
    throw error;
  }
}
