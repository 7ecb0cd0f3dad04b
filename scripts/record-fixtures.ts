// Records real Kratos JSON responses, one file per UI state, into
// lib/kratos/__fixtures__/ for unit tests of the node rendering.
//
//   npx tsx scripts/record-fixtures.ts
//
// Needs the dev Kratos (public http://localhost:4433, started from kratos/kratos.yml).
// Drives *browser* flows exactly like a browser, but with `Accept: application/json`,
// so Kratos answers 200/400 + flow JSON instead of 303s. Every run signs up a new
// identity (fixture-<timestamp>@example.org) and overwrites all files.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { components } from "../lib/kratos/api";
import { KRATOS_PUBLIC_URL, KratosBrowser, type UiContainer, type UiNode } from "./lib/kratos-http";

type Schemas = components["schemas"];
type LoginFlow = Schemas["loginFlow"];
type RegistrationFlow = Schemas["registrationFlow"];
type SettingsFlow = Schemas["settingsFlow"];
type RecoveryFlow = Schemas["recoveryFlow"];
type VerificationFlow = Schemas["verificationFlow"];

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../lib/kratos/__fixtures__");
const email = `fixture-${Date.now()}@example.org`;
const PASSWORD = "Correct-Horse-Battery-9";

/** What a fixture must contain to deserve its name. */
type Expectation =
  | { input: string } // an input node with this name
  | { state: string } // flow.state
  | { messageAt: string; ids?: number[] }; // a message on "flow" (ui.messages) or on the node with this name

interface FoundMessage {
  at: string;
  id: number;
}

function nodeName(node: UiNode): string {
  const attributes = node.attributes;
  return attributes.node_type === "input" ? attributes.name : `${attributes.node_type}#${attributes.id}`;
}

function messagesOf(ui: UiContainer): FoundMessage[] {
  const found: FoundMessage[] = (ui.messages ?? []).map((message) => ({ at: "flow", id: message.id }));
  for (const node of ui.nodes) for (const message of node.messages) found.push({ at: nodeName(node), id: message.id });
  return found;
}

function meets(flow: { ui: UiContainer; state?: unknown }, expectation: Expectation): boolean {
  if ("input" in expectation) return flow.ui.nodes.some((node) => nodeName(node) === expectation.input);
  if ("state" in expectation) return flow.state === expectation.state;
  const { messageAt, ids } = expectation;
  return messagesOf(flow.ui).some((m) => m.at === messageAt && (ids === undefined || ids.includes(m.id)));
}

/** Checks the expectations, writes `<file>` (2-space JSON + newline) and prints a summary line. */
async function save(
  file: string,
  body: object,
  flow?: { ui: UiContainer; state?: unknown },
  ...expectations: Expectation[]
): Promise<void> {
  if (flow) {
    const missing = expectations.filter((expectation) => !meets(flow, expectation));
    if (missing.length > 0) {
      const found = JSON.stringify(messagesOf(flow.ui));
      throw new Error(`${file}: missing ${JSON.stringify(missing)} (state ${String(flow.state)}, messages ${found})`);
    }
  }
  await writeFile(path.join(fixturesDir, file), `${JSON.stringify(body, null, 2)}\n`);
  const summary = flow
    ? [
        `state=${String(flow.state)}`,
        `groups=${[...new Set(flow.ui.nodes.map((node) => node.group))].join(",")}`,
        `messages=${messagesOf(flow.ui).map((m) => `${m.at}:${m.id}`).join(" ") || "none"}`,
      ].join("  ")
    : "";
  console.log(`wrote ${path.relative(process.cwd(), path.join(fixturesDir, file)).padEnd(50)} ${summary}`);
}

async function main(): Promise<void> {
  await mkdir(fixturesDir, { recursive: true });
  console.log(`Kratos ${KRATOS_PUBLIC_URL}, identity ${email}`);

  // An anonymous browser: fresh flows, validation errors, recovery and verification.
  const anonymous = new KratosBrowser();
  const { body: login } = await anonymous.get<LoginFlow>("/self-service/login/browser");
  await save("login.json", login, login, { input: "identifier" }, { input: "password" });

  const { body: registration } = await anonymous.get<RegistrationFlow>("/self-service/registration/browser");
  await save("registration.json", registration, registration, ...["traits.email", "traits.name", "password"].map((input) => ({ input })));

  const { body: invalid } = await anonymous.submit<RegistrationFlow>(
    registration.ui,
    { method: "password", "traits.email": "not-an-email", "traits.name": "", password: "short" },
    400,
  );
  // Kratos validates the traits first and stops there, so this carries no password message...
  await save("registration-errors.json", invalid, invalid, { messageAt: "traits.email" });
  // ...which a valid email with the same short password shows (not a registered address: it fails).
  const { body: weak } = await anonymous.submit<RegistrationFlow>(
    invalid.ui,
    { method: "password", "traits.email": email.replace("@", "-weak@"), "traits.name": "", password: "short" },
    400,
  );
  await save("registration-errors-password.json", weak, weak, { messageAt: "password" });

  // Sign up for real; the `session` hook signs this browser in.
  const user = new KratosBrowser();
  const { body: signup } = await user.get<RegistrationFlow>("/self-service/registration/browser");
  const traits = { "traits.email": email, "traits.name": "Fixture Person" };
  await user.submit<Schemas["successfulNativeRegistration"]>(signup.ui, { method: "password", ...traits, password: PASSWORD }, 200);
  if (!user.jar.has("ory_kratos_session")) throw new Error("registration did not set ory_kratos_session");

  // A second browser: the same email again, then a wrong password for it.
  const other = new KratosBrowser();
  const { body: again } = await other.get<RegistrationFlow>("/self-service/registration/browser");
  const { body: duplicate } = await other.submit<RegistrationFlow>(
    again.ui,
    { method: "password", ...traits, password: PASSWORD },
    400,
  );
  await save("registration-duplicate.json", duplicate, duplicate, { messageAt: "flow", ids: [4000007, 4000028] });

  const { body: signIn } = await other.get<LoginFlow>("/self-service/login/browser");
  const { body: wrong } = await other.submit<LoginFlow>(
    signIn.ui,
    { method: "password", identifier: email, password: "Wrong-Horse-Battery-0" },
    400,
  );
  await save("login-invalid-credentials.json", wrong, wrong, { messageAt: "flow", ids: [4000006] });

  // Signed in: re-authentication, settings, session, logout.
  const { body: refresh } = await user.get<LoginFlow>("/self-service/login/browser?refresh=true");
  await save("login-refresh.json", refresh, refresh, { input: "identifier" }, { input: "password" });

  const { body: settings } = await user.get<SettingsFlow>("/self-service/settings/browser");
  await save("settings.json", settings, settings, { input: "traits.email" }, { input: "password" }, { state: "show_form" });

  const { body: saved } = await user.submit<SettingsFlow>(
    settings.ui,
    { method: "profile", "traits.email": email, "traits.name": "Fixture Person Renamed" },
    200,
  );
  await save("settings-success.json", saved, saved, { state: "success" }, { messageAt: "flow", ids: [1050001] });

  const { body: session } = await user.get<Schemas["session"]>("/sessions/whoami");
  await save("session.json", session);
  const { body: logout } = await user.get<Schemas["logoutFlow"]>("/self-service/logout/browser");
  await save("logout.json", logout);

  // Recovery and verification by code (anonymous: recovery refuses signed-in browsers).
  const { body: recovery } = await anonymous.get<RecoveryFlow>("/self-service/recovery/browser");
  await save("recovery.json", recovery, recovery, { input: "email" }, { state: "choose_method" });
  const { body: recoverySent } = await anonymous.submit<RecoveryFlow>(recovery.ui, { method: "code", email }, 200);
  await save("recovery-sent.json", recoverySent, recoverySent, { state: "sent_email" }, { messageAt: "flow", ids: [1060003] }, { input: "code" });

  const { body: verification } = await anonymous.get<VerificationFlow>("/self-service/verification/browser");
  await save("verification.json", verification, verification, { input: "email" }, { state: "choose_method" });
  const { body: verificationSent } = await anonymous.submit<VerificationFlow>(verification.ui, { method: "code", email }, 200);
  await save("verification-sent.json", verificationSent, verificationSent, { state: "sent_email" }, { messageAt: "flow", ids: [1080003] }, { input: "code" });

  const { body: stubError } = await anonymous.get<Schemas["flowError"]>("/self-service/errors?id=stub:500");
  await save("error-stub-500.json", stubError);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
