import { generate } from "otplib";
import type { LoginFlow, SettingsFlow } from "../../lib/kratos/types";
import { KratosBrowser } from "../../scripts/lib/kratos-http";
import type { Account } from "./accounts";
import { KRATOS_PUBLIC_URL } from "./urls";

/** The code an authenticator app holding this secret shows right now. */
export function totpCode(secret: string): Promise<string> {
  return generate({ secret });
}

/** A code that is not the current one for this secret. */
export async function wrongTotpCode(secret: string): Promise<string> {
  const right = await totpCode(secret);
  return right === "000000" ? "111111" : "000000";
}

export type SecondFactors = { totpSecret: string; recoveryCodes: string[] };

/**
 * Gives an existing account an authenticator app (unless `app: false`) and confirmed recovery codes,
 * the way the settings page would (Kratos's browser flows, over HTTP), for tests
 * that start from there. Returns what the person would have written down.
 * The session this takes is signed out again.
 */
export async function enrolSecondFactors(account: Account, { app = true }: { app?: boolean } = {}): Promise<SecondFactors> {
  const browser = new KratosBrowser(KRATOS_PUBLIC_URL);
  const { body: login } = await browser.get<LoginFlow>("/self-service/login/browser");
  await browser.submit(login.ui, { method: "password", identifier: account.email, password: account.password }, 200);
  const { body: settings } = await browser.get<SettingsFlow>("/self-service/settings/browser");
  const totpSecret = textContext(settings, "totp_secret_key").secret;
  if (typeof totpSecret !== "string") throw new Error("Kratos offered no TOTP secret");
  const linked = app
    ? (await browser.submit<SettingsFlow>(settings.ui, { method: "totp", totp_code: await totpCode(totpSecret) }, 200)).body
    : settings;
  const { body: shown } = await browser.submit<SettingsFlow>(linked.ui, { method: "lookup_secret", lookup_secret_regenerate: "true" }, 200);
  const secrets = textContext(shown, "lookup_secret_codes").secrets;
  const recoveryCodes = Array.isArray(secrets) ? secrets.map((secret) => String((secret as { text?: unknown }).text)) : [];
  await browser.submit(shown.ui, { method: "lookup_secret", lookup_secret_confirm: "true" }, 200);
  // Sign this helper's session out, so the account's sessions are only the test's own.
  const { body: logout } = await browser.get<{ logout_url: string }>("/self-service/logout/browser");
  await browser.request(logout.logout_url);
  return { totpSecret, recoveryCodes };
}

function textContext(flow: SettingsFlow, id: string): Record<string, unknown> {
  for (const node of flow.ui.nodes) {
    if (node.attributes.node_type === "text" && node.attributes.id === id)
      return (node.attributes.text.context ?? {}) as Record<string, unknown>;
  }
  throw new Error(`the settings flow has no text node ${id}`);
}
