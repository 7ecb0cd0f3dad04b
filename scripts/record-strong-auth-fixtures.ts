// Records the Kratos responses of sign-in and sign-up by mailed code and of
// identifier-first sign-in into test/fixtures/kratos/, for unit tests.
//
//   KRATOS_OVERRIDES=<file> npx tsx scripts/record-strong-auth-fixtures.ts
//
// These need Kratos configuration the base kratos/kratos.yml does not have, so the
// script rewrites the overrides file that Kratos was started with (its second -c),
// waits for each hot reload, and puts the file back as it found it. Point it at a
// Kratos of your own (KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL): others using that
// Kratos meanwhile would see its configuration change.
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CourierMessage, LoginFlow, RegistrationFlow } from "../lib/kratos/types";
import { KRATOS_ADMIN_URL, KratosBrowser, type UiContainer } from "./lib/kratos-http";

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../test/fixtures/kratos");
const overridesFile = process.env.KRATOS_OVERRIDES;
const PASSWORD = "Correct-Horse-Battery-9";
const stamp = Date.now();
const email = `fixture-code-${stamp}@example.org`;

type Flow = { ui: UiContainer; state?: unknown };

/** Message ids on the flow and on its nodes. */
function messageIds(flow: Flow): number[] {
  return [...(flow.ui.messages ?? []), ...flow.ui.nodes.flatMap((node) => node.messages)].map((message) => message.id);
}

/** Writes a fixture once Kratos's answer is what its name promises. */
async function save(file: string, flow: Flow, expected: { state?: string; messages?: number[] }): Promise<void> {
  if (expected.state && flow.state !== expected.state) throw new Error(`${file}: state ${String(flow.state)}, expected ${expected.state}`);
  const missing = (expected.messages ?? []).filter((id) => !messageIds(flow).includes(id));
  if (missing.length > 0) throw new Error(`${file}: missing messages ${missing.join(", ")} (has ${messageIds(flow).join(", ")})`);
  await writeFile(path.join(fixturesDir, file), `${JSON.stringify(flow, null, 2)}\n`);
  console.log(
    `wrote ${file.padEnd(44)} state=${String(flow.state)} groups=${[...new Set(flow.ui.nodes.map((node) => node.group))].join(",")} messages=${messageIds(flow).join(",") || "none"}`,
  );
}

async function configHash(): Promise<string> {
  return (await fetch(`${KRATOS_ADMIN_URL}/admin/health/config`)).text();
}

/** Layers `overrides` over the base config and waits until Kratos has reloaded. */
async function configure(file: string, overrides: object): Promise<void> {
  const before = await configHash();
  await writeFile(`${file}.tmp`, `${JSON.stringify(overrides, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  for (let waited = 0; (await configHash()) === before; waited += 100) {
    if (waited > 15_000) throw new Error(`Kratos did not reload ${file} (is it the file Kratos was started with?)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function createIdentity(address: string, password?: string): Promise<void> {
  const response = await fetch(`${KRATOS_ADMIN_URL}/admin/identities`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      schema_id: "default",
      traits: { email: address },
      ...(password ? { credentials: { password: { config: { password } } } } : {}),
    }),
  });
  if (response.status !== 201) throw new Error(`creating ${address}: HTTP ${response.status} ${await response.text()}`);
}

/** The code in the newest mail of this template to `address`, from the courier (Kratos runs with --dev). */
async function mailedCode(address: string, templateType: string): Promise<string> {
  const response = await fetch(`${KRATOS_ADMIN_URL}/admin/courier/messages?recipient=${encodeURIComponent(address)}`);
  const messages = (await response.json()) as CourierMessage[];
  const code = /\b(\d{6})\b/.exec(messages.find((message) => message.template_type === templateType)?.body ?? "")?.[1];
  if (!code) throw new Error(`no ${templateType} mail with a code for ${address} in the courier`);
  return code;
}

const wrongCode = (right: string) => (right === "000000" ? "111111" : "000000");

async function recordCodeFlows(): Promise<void> {
  await createIdentity(email, PASSWORD);
  const browser = new KratosBrowser();
  const { body: login } = await browser.get<LoginFlow>("/self-service/login/browser");
  await save("login-code.json", login, { state: "choose_method" });
  const { body: sent } = await browser.submit<LoginFlow>(login.ui, { method: "code", identifier: email }, 400);
  await save("login-code-sent.json", sent, { state: "sent_email", messages: [1010014] });
  const wrong = wrongCode(await mailedCode(email, "login_code_valid"));
  const { body: refused } = await browser.submit<LoginFlow>(sent.ui, { method: "code", identifier: email, code: wrong }, 400);
  await save("login-code-wrong.json", refused, { state: "sent_email", messages: [4010008] });

  const newcomer = email.replace("@", "-signup@");
  const signup = new KratosBrowser();
  const { body: registration } = await signup.get<RegistrationFlow>("/self-service/registration/browser");
  const traits = { "traits.email": newcomer, "traits.name": "Fixture Code" };
  const { body: regSent } = await signup.submit<RegistrationFlow>(registration.ui, { method: "code", ...traits }, 400);
  await save("registration-code-sent.json", regSent, { state: "sent_email", messages: [1040005] });
  const regWrong = wrongCode(await mailedCode(newcomer, "registration_code_valid"));
  const { body: regRefused } = await signup.submit<RegistrationFlow>(regSent.ui, { method: "code", ...traits, code: regWrong }, 400);
  await save("registration-code-wrong.json", regRefused, { state: "sent_email", messages: [4040003] });
}

async function recordIdentifierFirst(mitigate: boolean): Promise<void> {
  const browser = new KratosBrowser();
  const { body: start } = await browser.get<LoginFlow>("/self-service/login/browser");
  if (mitigate) {
    const { body: unknown } = await browser.submit<LoginFlow>(
      start.ui,
      { method: "identifier_first", identifier: `nobody-${stamp}@example.org` },
      400,
    );
    await save("login-identifier-first-mitigated.json", unknown, { state: "choose_method" });
    return;
  }
  await save("login-identifier-first.json", start, { state: "choose_method" });
  const { body: methods } = await browser.submit<LoginFlow>(start.ui, { method: "identifier_first", identifier: email }, 400);
  await save("login-identifier-first-methods.json", methods, { state: "choose_method" });
  const { body: sent } = await browser.submit<LoginFlow>(methods.ui, { method: "code", identifier: email }, 400);
  await save("login-identifier-first-code-sent.json", sent, { state: "sent_email", messages: [1010014] });

  const stranger = new KratosBrowser();
  const { body: again } = await stranger.get<LoginFlow>("/self-service/login/browser");
  const { body: unknown } = await stranger.submit<LoginFlow>(
    again.ui,
    { method: "identifier_first", identifier: `nobody-${stamp}@example.org` },
    400,
  );
  await save("login-identifier-first-unknown.json", unknown, { state: "choose_method", messages: [4000037] });

  // Signed in (password), then asked to confirm it's you.
  const person = new KratosBrowser();
  const { body: first } = await person.get<LoginFlow>("/self-service/login/browser");
  const { body: second } = await person.submit<LoginFlow>(first.ui, { method: "identifier_first", identifier: email }, 400);
  await person.submit(second.ui, { method: "password", identifier: email, password: PASSWORD }, 200);
  const { body: refresh } = await person.get<LoginFlow>("/self-service/login/browser?refresh=true");
  await save("login-identifier-first-refresh.json", refresh, { state: "choose_method", messages: [1010003] });
}

async function main(): Promise<void> {
  if (!overridesFile) throw new Error("Set KRATOS_OVERRIDES to the overrides file the Kratos under KRATOS_PUBLIC_URL was started with.");
  const original = await readFile(overridesFile, "utf8");
  const code = { passwordless_enabled: true };
  try {
    await configure(overridesFile, {
      selfservice: { methods: { code }, flows: { registration: { after: { code: { hooks: [{ hook: "session" }] } } } } },
    });
    await recordCodeFlows();
    for (const mitigate of [false, true]) {
      await configure(overridesFile, {
        selfservice: { methods: { code }, flows: { login: { style: "identifier_first" } } },
        security: { account_enumeration: { mitigate } },
      });
      await recordIdentifierFirst(mitigate);
    }
  } finally {
    await writeFile(overridesFile, original);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
