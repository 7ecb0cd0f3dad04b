// The load test's users: created through Kratos's admin API, signed in through a
// real browser login flow (KratosBrowser keeps each one's cookies), deleted at the end.
import { randomUUID } from "node:crypto";
import type { Identity, LoginFlow, SuccessfulNativeLogin as SuccessfulLogin } from "../../../lib/kratos/types";
import { KratosBrowser } from "../kratos-http";
import { isLocalhost } from "./options";

export interface LoadUser {
  email: string;
  /** This user's browser: its jar holds ory_kratos_session and the CSRF cookie. */
  browser: KratosBrowser;
}

const SETUP_TIMEOUT_MS = 20_000;

/** `load-<run>-<i>@example.org`; `run` is lower-case letters and digits. */
export function loadEmail(run: string, index: number): string {
  return `load-${run}-${index}@example.org`;
}

/** Every load user's email, of this run or any other one. */
export const LOAD_EMAIL_PATTERN = /load-[a-z0-9]+-\d+@example\.org/g;

/** A password as Kratos takes it: in clear (Kratos hashes it) or already hashed by Kratos (imported as is). */
export type PasswordConfig = { password: string } | { hashed_password: string };

/** Creates the identity (address already verified, so no sign-in hook can hold it back); returns its id. */
export async function createIdentity(adminUrl: URL, email: string, name: string, password: PasswordConfig): Promise<string> {
  const response = await fetch(new URL("/admin/identities", adminUrl), {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify({
      schema_id: "default",
      traits: { email, name },
      credentials: { password: { config: password } },
      verifiable_addresses: [{ value: email, verified: true, via: "email", status: "completed" }],
    }),
    signal: AbortSignal.timeout(SETUP_TIMEOUT_MS),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`creating ${email}: Kratos admin answered ${response.status}: ${text.slice(0, 300)}`);
  // Kratos answers 201 with the identity.
  return (JSON.parse(text) as Identity).id;
}

/** Signs in like a browser (login flow + password form) and returns that browser. */
export async function signIn(publicUrl: URL, email: string, password: string): Promise<KratosBrowser> {
  const browser = new KratosBrowser(publicUrl.href);
  const login = async (): Promise<void> => {
    const { body: flow } = await browser.get<LoginFlow>("/self-service/login/browser");
    if (!isLocalhost(new URL(flow.ui.action))) throw new Error(`login form posts to ${flow.ui.action}, not localhost`);
    await browser.submit<SuccessfulLogin>(flow.ui, { method: "password", identifier: email, password }, 200);
  };
  await withTimeout(login(), SETUP_TIMEOUT_MS, `signing in ${email}`);
  if (!browser.jar.has("ory_kratos_session")) throw new Error(`signing in ${email} set no ory_kratos_session cookie`);
  return browser;
}

/**
 * The hash Kratos stored for an identity's password. Every load user shares one
 * password, so it is hashed once: at production cost (bcrypt 12) a hash is about
 * a quarter of a second of one core, which for 100 users is most of the setup.
 */
export async function storedPasswordHash(adminUrl: URL, id: string): Promise<string> {
  const response = await fetch(new URL(`/admin/identities/${encodeURIComponent(id)}?include_credential=password`, adminUrl), {
    headers: { Accept: "application/json" },
    signal: AbortSignal.timeout(SETUP_TIMEOUT_MS),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`reading identity ${id}: Kratos admin answered ${response.status}: ${text.slice(0, 300)}`);
  const hash = ((JSON.parse(text) as Identity).credentials?.password?.config as { hashed_password?: unknown } | undefined)?.hashed_password;
  if (typeof hash !== "string" || hash === "") throw new Error(`identity ${id} has no stored password hash`);
  return hash;
}

export async function deleteIdentity(adminUrl: URL, id: string): Promise<void> {
  const response = await fetch(new URL(`/admin/identities/${encodeURIComponent(id)}`, adminUrl), {
    method: "DELETE",
    signal: AbortSignal.timeout(SETUP_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (response.status !== 204 && response.status !== 404)
    throw new Error(`deleting identity ${id}: Kratos admin answered ${response.status}`);
}

/**
 * Creates and signs in `count` users, `limit` at a time. Every identity created is
 * pushed onto `created` at once, so the caller can delete them even if this throws.
 */
export async function setUpUsers(
  options: { run: string; count: number; limit: number; adminUrl: URL; publicUrl: URL },
  created: string[],
): Promise<LoadUser[]> {
  const password = `Load-${randomUUID()}`;
  const firstEmail = loadEmail(options.run, 1);
  const firstId = await createIdentity(options.adminUrl, firstEmail, "Load User 1", { password });
  created.push(firstId);
  const stored: PasswordConfig = { hashed_password: await storedPasswordHash(options.adminUrl, firstId) };
  const indices = Array.from({ length: options.count }, (_, index) => index + 1);
  return mapPool(indices, options.limit, async (index) => {
    const email = loadEmail(options.run, index);
    if (index > 1) created.push(await createIdentity(options.adminUrl, email, `Load User ${index}`, stored));
    return { email, browser: await signIn(options.publicUrl, email, password) };
  });
}

/** `fn` over `items` with at most `limit` running at once; waits for all, then throws the first failure. */
export async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: PromiseSettledResult<R>[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      results[index] = await fn(item).then(
        (value): PromiseSettledResult<R> => ({ status: "fulfilled", value }),
        (reason: unknown): PromiseSettledResult<R> => ({ status: "rejected", reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  const failed = results.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  return results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The users Kratos no longer accepts as signed in (GET /sessions/whoami with their cookies). */
export async function lostSessions(publicUrl: URL, users: readonly LoadUser[], limit: number): Promise<string[]> {
  const lost: string[] = [];
  await mapPool(users, limit, async (user) => {
    const response = await user.browser.request(new URL("/sessions/whoami", publicUrl).href);
    await response.body?.cancel();
    if (response.status !== 200) lost.push(`${user.email}: whoami answered ${response.status}`);
  });
  return lost;
}
