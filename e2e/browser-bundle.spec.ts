import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { KRATOS_ADMIN_URL } from "./support/kratos-admin";
import { HYDRA_ADMIN_URL, UI_URL } from "./support/urls";
import { signInAsNewAdmin } from "./support/admins";
import { en } from "../lib/i18n/locales/en";

/**
 * What only the server may know: its configuration's names, Kratos's and Hydra's admin APIs,
 * and text that exists only in server modules (lib/env.ts, lib/http/access-log.ts,
 * lib/kratos/client.ts). Finding any of them in a script means server code or
 * server configuration was bundled for the browser.
 */
const SERVER_ONLY_MARKERS = [
  "KRATOS_PUBLIC_URL",
  "KRATOS_BROWSER_URL",
  "KRATOS_TIMEOUT_MS",
  "CSP_FORM_ACTION_ORIGINS",
  "HYDRA_ADMIN_URL",
  "FIRST_PARTY_CLIENT_IDS",
  "KRATOS_ADMIN_URL",
  "ADMIN_IDENTITIES",
  "ACCOUNT_DELETION",
  "PRIVILEGED_SESSION_MAX_AGE",
  // How the shared admin client labels its calls (lib/http/admin-client.ts, lib/kratos/admin-client.ts).
  "kratos-admin:",
  new URL(KRATOS_ADMIN_URL).host,
  new URL(HYDRA_ADMIN_URL).host,
  "is not a valid URL (expected",
  "duration_ms",
  "x-request-id",
];

/**
 * Texts only the server's catalogue holds (client components get their few texts
 * from lib/i18n/locales/en-client.ts and the server): a key as every catalogue
 * spells it, and an English text. Finding one in a script means a catalogue was
 * bundled for the browser.
 */
const CATALOGUE_MARKERS = ["mail.recovery.subject", en.ui["mail.recovery.subject"], "admin.create.passwordAbout"];

/** Every marker a script must not contain. */
function expectNoServerText(address: string | undefined, body: string): void {
  for (const marker of [...SERVER_ONLY_MARKERS, ...CATALOGUE_MARKERS]) expect(body, `${address} contains ${marker}`).not.toContain(marker);
}

/** Records every script the UI serves to this page while the test runs, by address. */
function collectScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on("response", (response) => {
    const url = response.url();
    if (url.startsWith(UI_URL) && response.request().resourceType() === "script" && !scripts.has(url)) scripts.set(url, response.text());
  });
  return scripts;
}

test("the browser gets no server configuration, server code, catalogue or cookie values, signed out or in", async ({
  page,
  settings,
  sessions,
  existingAccount,
}) => {
  const scripts = collectScripts(page);
  const documents: string[] = [];
  const keepDocument = async () => documents.push(await page.content());

  for (const address of ["/", "/login", "/registration", "/recovery", "/verification"]) {
    await page.goto(address);
    await keepDocument();
  }
  await settings.openSignedOut(existingAccount.email, existingAccount.password);
  await keepDocument();
  await sessions.open();
  await keepDocument();
  await page.goto("/");
  await keepDocument();

  const cookieValues = (await page.context().cookies()).filter((cookie) => cookie.httpOnly).map((cookie) => cookie.value);
  expect(cookieValues.length, "Kratos's session and CSRF cookies").toBeGreaterThanOrEqual(2);
  const bodies = await Promise.all(scripts.values());
  expect(bodies.length, "scripts the pages loaded").toBeGreaterThan(3);

  for (const [index, body] of bodies.entries()) expectNoServerText([...scripts.keys()][index], body);
  // The pages' HTML carries the React payload too: no cookie value may travel in it.
  for (const html of [...documents, ...bodies]) {
    for (const value of cookieValues) expect(html).not.toContain(value);
  }
});

test("the admin area and account deletion send the browser no admin address, admin client, server setting or catalogue", async ({
  page,
  existingAccount,
}) => {
  const scripts = collectScripts(page);
  const documents: string[] = [];
  await signInAsNewAdmin(page);
  const person = (await (
    await fetch(`${KRATOS_ADMIN_URL}/admin/identities?credentials_identifier=${encodeURIComponent(existingAccount.email)}`)
  ).json()) as {
    id: string;
  }[];
  for (const address of ["/admin", `/admin/identities/${person[0]!.id}`, "/admin/new", "/admin/courier", "/settings/delete"]) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Page not found");
    documents.push(await page.content());
  }
  const bodies = await Promise.all(scripts.values());
  expect(bodies.length, "scripts the pages loaded").toBeGreaterThan(3);
  for (const [index, body] of bodies.entries()) expectNoServerText([...scripts.keys()][index], body);
  // The pages show Kratos's answers to an admin, but never where the admin API is.
  for (const html of documents) expect(html).not.toContain(new URL(KRATOS_ADMIN_URL).host);
});
