// Records real Kratos JSON responses, one file per UI state, into
// test/fixtures/kratos/ for unit tests of the node rendering.
//
//   npx tsx scripts/record-fixtures.ts [file.json ...]
//
// With file names, only those files are written (the flows are still all driven).
// Needs the dev Kratos (public http://localhost:4433, started from kratos/kratos.yml).
// Drives *browser* flows exactly like a browser, but with `Accept: application/json`,
// so Kratos answers 200/400 + flow JSON instead of 303s. Every run signs up a new
// identity (fixture-<timestamp>@example.org) and overwrites all files.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "otplib";
import type {
  CourierMessage,
  FlowError,
  IdentitySchema,
  LoginFlow,
  LogoutFlow,
  RecoveryFlow,
  RegistrationFlow,
  Session,
  SettingsFlow,
  SuccessfulNativeRegistration,
  VerificationFlow,
} from "../lib/kratos/types";
import { KRATOS_ADMIN_URL, KRATOS_PUBLIC_URL, KratosBrowser, type UiContainer, type UiNode } from "./lib/kratos-http";

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../test/fixtures/kratos");
const only = new Set(process.argv.slice(2));
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
  if (only.size > 0 && !only.has(file)) return;
  await writeFile(path.join(fixturesDir, file), `${JSON.stringify(body, null, 2)}\n`);
  const summary = flow
    ? [
        `state=${String(flow.state)}`,
        `groups=${[...new Set(flow.ui.nodes.map((node) => node.group))].join(",")}`,
        `messages=${
          messagesOf(flow.ui)
            .map((m) => `${m.at}:${m.id}`)
            .join(" ") || "none"
        }`,
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
  await user.submit<SuccessfulNativeRegistration>(signup.ui, { method: "password", ...traits, password: PASSWORD }, 200);
  if (!user.jar.has("ory_kratos_session")) throw new Error("registration did not set ory_kratos_session");

  // A second browser: the same email again, then a wrong password for it.
  const other = new KratosBrowser();
  const { body: again } = await other.get<RegistrationFlow>("/self-service/registration/browser");
  const { body: duplicate } = await other.submit<RegistrationFlow>(again.ui, { method: "password", ...traits, password: PASSWORD }, 400);
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

  const { body: session } = await user.get<Session>("/sessions/whoami");
  await save("session.json", session);

  // The same person on two more devices: what the sessions page lists besides this one.
  for (const userAgent of [FIREFOX_ON_WINDOWS, SAFARI_ON_MACOS]) {
    const device = new KratosBrowser(undefined, userAgent);
    const { body: deviceLogin } = await device.get<LoginFlow>("/self-service/login/browser");
    await device.submit(deviceLogin.ui, { method: "password", identifier: email, password: PASSWORD }, 200);
  }
  const { body: others } = await user.get<Session[]>("/sessions");
  if (others.length !== 2) throw new Error(`sessions.json: expected 2 other sessions, got ${others.length}`);
  await save("sessions.json", others);

  await recordExtendedProfile();
  await recordSecondFactors();
  const { body: logout } = await user.get<LogoutFlow>("/self-service/logout/browser");
  await save("logout.json", logout);

  // Recovery and verification by code (anonymous: recovery refuses signed-in browsers).
  const { body: recovery } = await anonymous.get<RecoveryFlow>("/self-service/recovery/browser");
  await save("recovery.json", recovery, recovery, { input: "email" }, { state: "choose_method" });
  const { body: recoverySent } = await anonymous.submit<RecoveryFlow>(recovery.ui, { method: "code", email }, 200);
  await save(
    "recovery-sent.json",
    recoverySent,
    recoverySent,
    { state: "sent_email" },
    { messageAt: "flow", ids: [1060003] },
    { input: "code" },
  );
  const { body: recoveryWrong } = await anonymous.submit<RecoveryFlow>(
    recoverySent.ui,
    { method: "code", code: wrongCode(await mailedCode("recovery_code_valid")) },
    200,
  );
  await save(
    "recovery-wrong-code.json",
    recoveryWrong,
    recoveryWrong,
    { state: "sent_email" },
    { messageAt: "flow", ids: [4060006] },
    { input: "code" },
  );

  const { body: verification } = await anonymous.get<VerificationFlow>("/self-service/verification/browser");
  await save("verification.json", verification, verification, { input: "email" }, { state: "choose_method" });
  const { body: verificationSent } = await anonymous.submit<VerificationFlow>(verification.ui, { method: "code", email }, 200);
  await save(
    "verification-sent.json",
    verificationSent,
    verificationSent,
    { state: "sent_email" },
    { messageAt: "flow", ids: [1080003] },
    { input: "code" },
  );
  const verificationCode = await mailedCode("verification_code_valid");
  const { body: verificationWrong } = await anonymous.submit<VerificationFlow>(
    verificationSent.ui,
    { method: "code", code: wrongCode(verificationCode) },
    200,
  );
  await save(
    "verification-wrong-code.json",
    verificationWrong,
    verificationWrong,
    { state: "sent_email" },
    { messageAt: "flow", ids: [4070006] },
  );
  // A flow started with return_to: passing the challenge offers "Continue" to it.
  const { body: returning } = await anonymous.get<VerificationFlow>(
    `/self-service/verification/browser?return_to=${encodeURIComponent("http://localhost:3000/?after=verification")}`,
  );
  const { body: returningSent } = await anonymous.submit<VerificationFlow>(returning.ui, { method: "code", email }, 200);
  const { body: verified } = await anonymous.submit<VerificationFlow>(
    returningSent.ui,
    { method: "code", code: await mailedCode("verification_code_valid") },
    200,
  );
  await save(
    "verification-passed.json",
    verified,
    verified,
    { state: "passed_challenge" },
    { messageAt: "flow", ids: [1080002] },
    { input: "a#continue" },
  );

  const { body: stubError } = await anonymous.get<FlowError>("/self-service/errors?id=stub:500");
  await save("error-stub-500.json", stubError);
}

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_ON_MACOS =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";

/**
 * Settings for an identity in the "extended" schema (url, number, boolean and
 * enum traits), its schema as GET /schemas/{id} serves it, and profile errors.
 */
async function recordExtendedProfile(): Promise<void> {
  const profileEmail = email.replace("@", "-profile@");
  const created = await fetch(`${KRATOS_ADMIN_URL}/admin/identities`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      schema_id: "extended",
      traits: { email: profileEmail, website: "https://example.org/me", age: 42, newsletter: true, plan: "team" },
      credentials: { password: { config: { password: PASSWORD } } },
    }),
  });
  if (created.status !== 201) throw new Error(`creating the extended identity: HTTP ${created.status} ${await created.text()}`);

  const browser = new KratosBrowser();
  const { body: login } = await browser.get<LoginFlow>("/self-service/login/browser");
  await browser.submit(login.ui, { method: "password", identifier: profileEmail, password: PASSWORD }, 200);
  const { body: schema } = await browser.get<IdentitySchema>("/schemas/extended");
  await save("identity-schema-extended.json", schema);

  const { body: settings } = await browser.get<SettingsFlow>("/self-service/settings/browser");
  const traitInputs = ["traits.email", "traits.website", "traits.age", "traits.newsletter", "traits.plan"];
  await save("settings-extended.json", settings, settings, ...traitInputs.map((input) => ({ input })));
  const { body: invalid } = await browser.submit<SettingsFlow>(
    settings.ui,
    { method: "profile", "traits.email": profileEmail, "traits.website": "http://s", "traits.age": "600", "traits.plan": "team" },
    400,
  );
  await save(
    "settings-extended-errors.json",
    invalid,
    invalid,
    { messageAt: "traits.website", ids: [4000003] },
    { messageAt: "traits.age", ids: [4000020] },
  );
}

/**
 * Two-factor states for another identity: settings with an authenticator app
 * linked and fresh recovery codes on screen, the second-step sign-in, and the
 * codes revealed again after one was used to sign in.
 */
async function recordSecondFactors(): Promise<void> {
  const mfaEmail = email.replace("@", "-mfa@");
  await createPasswordIdentity(mfaEmail);
  const browser = new KratosBrowser();
  const { body: login } = await browser.get<LoginFlow>("/self-service/login/browser");
  await browser.submit(login.ui, { method: "password", identifier: mfaEmail, password: PASSWORD }, 200);

  const { body: settings } = await browser.get<SettingsFlow>("/self-service/settings/browser");
  const secretNode = settings.ui.nodes.find((node) => node.attributes.node_type === "text" && node.attributes.id === "totp_secret_key");
  const secret = secretNode?.attributes.node_type === "text" ? String(secretNode.attributes.text.context?.secret ?? "") : "";
  if (!secret) throw new Error("settings offer no TOTP secret: is TOTP enabled in kratos/kratos.yml?");
  const { body: linked } = await browser.submit<SettingsFlow>(settings.ui, { method: "totp", totp_code: await generate({ secret }) }, 200);
  const { body: codes } = await browser.submit<SettingsFlow>(linked.ui, { method: "lookup_secret", lookup_secret_regenerate: "true" }, 200);
  await save(
    "settings-second-factors.json",
    codes,
    codes,
    { input: "totp_unlink" },
    { input: "lookup_secret_confirm" },
    { input: "text#lookup_secret_codes" },
  );
  const { body: confirmed } = await browser.submit<SettingsFlow>(codes.ui, { method: "lookup_secret", lookup_secret_confirm: "true" }, 200);
  if (confirmed.state !== "success") throw new Error(`confirming recovery codes: state ${String(confirmed.state)}`);
  const firstCode = recoveryCode(codes, 0);

  // A second device signs in with the password, then with one recovery code.
  const device = new KratosBrowser();
  const { body: deviceLogin } = await device.get<LoginFlow>("/self-service/login/browser");
  await device.submit(deviceLogin.ui, { method: "password", identifier: mfaEmail, password: PASSWORD }, 422);
  const { body: secondStep } = await device.get<LoginFlow>("/self-service/login/browser?aal=aal2");
  await save(
    "login-aal2.json",
    secondStep,
    secondStep,
    { input: "totp_code" },
    { input: "lookup_secret" },
    { messageAt: "flow", ids: [1010004] },
  );
  await device.submit(secondStep.ui, { method: "lookup_secret", lookup_secret: firstCode }, 200);

  const { body: again } = await device.get<SettingsFlow>("/self-service/settings/browser");
  const { body: revealed } = await device.submit<SettingsFlow>(again.ui, { method: "lookup_secret", lookup_secret_reveal: "true" }, 200);
  await save(
    "settings-recovery-codes-revealed.json",
    revealed,
    revealed,
    { input: "lookup_secret_disable" },
    { input: "text#lookup_secret_codes" },
  );
}

async function createPasswordIdentity(address: string): Promise<void> {
  const created = await fetch(`${KRATOS_ADMIN_URL}/admin/identities`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      schema_id: "default",
      traits: { email: address },
      credentials: { password: { config: { password: PASSWORD } } },
    }),
  });
  if (created.status !== 201) throw new Error(`creating ${address}: HTTP ${created.status} ${await created.text()}`);
}

/** The recovery code at `index` of the list a settings flow shows. */
function recoveryCode(flow: SettingsFlow, index: number): string {
  const node = flow.ui.nodes.find(
    (candidate) => candidate.attributes.node_type === "text" && candidate.attributes.id === "lookup_secret_codes",
  );
  const secrets: unknown = node?.attributes.node_type === "text" ? node.attributes.text.context?.secrets : undefined;
  const entry: unknown = Array.isArray(secrets) ? secrets[index] : undefined;
  const code = typeof entry === "object" && entry !== null ? (entry as { text?: unknown }).text : undefined;
  if (typeof code !== "string") throw new Error("settings show no recovery codes");
  return code;
}

/** The code in the newest mail of this template to the fixture identity, read from the courier (Kratos runs with --dev). */
async function mailedCode(templateType: string): Promise<string> {
  const response = await fetch(`${KRATOS_ADMIN_URL}/admin/courier/messages?recipient=${encodeURIComponent(email)}`);
  const messages = (await response.json()) as CourierMessage[];
  const code = /\b(\d{6})\b/.exec(messages.find((message) => message.template_type === templateType)?.body ?? "")?.[1];
  if (!code) throw new Error(`no ${templateType} mail with a code for ${email} in the courier`);
  return code;
}

function wrongCode(right: string): string {
  return right === "000000" ? "111111" : "000000";
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
