import type { Browser, BrowserContext, BrowserContextOptions, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { newAccount, type Account } from "./support/accounts";
import { activeSessions, createIdentity } from "./support/kratos-admin";
import { loginScreen } from "./screens/login-screen";
import { sessionsScreen } from "./screens/sessions-screen";
import { KRATOS_PUBLIC_URL } from "./support/urls";

const UI = "http://localhost:3000";
const CHROME_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_ON_MACOS =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";

type SignedIn = { context: BrowserContext; page: Page; sessionId: string; identityId: string };

/** A separate browser (its own cookies) signed in to `account`, and the session Kratos gave it. */
async function signedInBrowser(browser: Browser, account: Account, options: BrowserContextOptions): Promise<SignedIn> {
  const context = await browser.newContext({ baseURL: UI, ...options });
  const page = await context.newPage();
  await page.goto("/login");
  await loginScreen(page).signIn(account.email, account.password);
  await expect(page).toHaveURL(`${UI}/`);
  const whoami = await context.request.get(`${KRATOS_PUBLIC_URL}/sessions/whoami`);
  const session = (await whoami.json()) as { id: string; identity: { id: string } };
  return { context, page, sessionId: session.id, identityId: session.identity.id };
}

// By identity id, not by email: Kratos 1.3 lists identities in a read transaction
// that can deadlock with a concurrent write on SQLite ("database is locked").
async function activeSessionIds(identityId: string): Promise<string[]> {
  return (await activeSessions(identityId)).map((session) => session.id).sort();
}

/** The field name Next gives a server action's form, read from the rendered page. */
async function actionField(page: Page): Promise<string> {
  const name = await page.locator('form:has(input[name="session_id"]) input[name^="$ACTION_ID_"]').first().getAttribute("name");
  expect(name).toBeTruthy();
  return name!;
}

test.describe("devices and sessions", () => {
  // Each test signs one account in from several browsers; one test at a time keeps
  // those sign-ins from piling onto the dev stack's single SQLite file at once.
  test.describe.configure({ mode: "default" });
  const opened: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()));
  });

  // Each sign-in from a fresh browser costs a few seconds on a loaded 2-core machine;
  // three of them and a sessions page leave too little of the default 30 s.
  async function open(browser: Browser, account: Account, options: BrowserContextOptions): Promise<SignedIn> {
    test.slow();
    const signedIn = await signedInBrowser(browser, account, options);
    opened.push(signedIn.context);
    return signedIn;
  }

  test("is linked from the start page and from settings", async ({ page, login, existingAccount }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await page.getByRole("link", { name: "Devices and sessions" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Devices and sessions");
    await page.getByRole("link", { name: "Account settings" }).click();
    await expect(page).toHaveURL(/\/settings\?flow=/);
    await page.getByRole("link", { name: "See where you're signed in" }).click();
    await expect(page).toHaveURL(`${UI}/sessions`);
  });

  test("two browsers each see both sessions and which one they are; one signs the other out without JavaScript", async ({
    browser,
    existingAccount,
  }) => {
    const here = await open(browser, existingAccount, { userAgent: CHROME_ON_LINUX, javaScriptEnabled: false });
    const there = await open(browser, existingAccount, { userAgent: FIREFOX_ON_WINDOWS });
    expect(await activeSessionIds(here.identityId)).toEqual([here.sessionId, there.sessionId].sort());

    for (const [self, other, selfName, otherName, otherAgent] of [
      [here, there, "Chrome on Linux", "Firefox on Windows", FIREFOX_ON_WINDOWS],
      [there, here, "Firefox on Windows", "Chrome on Linux", CHROME_ON_LINUX],
    ] as const) {
      const screen = sessionsScreen(self.page);
      await screen.open();
      await expect(screen.current.getByTestId("session")).toHaveAttribute("data-session-id", self.sessionId);
      await expect(screen.current.getByRole("heading", { level: 3 })).toHaveText(selfName);
      await expect(screen.otherSessions).toHaveCount(1);
      const listed = screen.session(other.sessionId);
      await expect(listed.getByRole("heading", { level: 3 })).toHaveText(otherName);
      await expect(listed.getByTestId("session-ip")).toHaveText(/^(127\.0\.0\.1|::1)$/);
      await expect(listed.getByTestId("session-user-agent")).toHaveText(otherAgent);
      await expect(listed.getByRole("term")).toContainText(["IP address", "Signed in", "Expires"]);
    }

    const screen = sessionsScreen(here.page);
    await screen.session(there.sessionId).getByRole("button", { name: "Sign out this session" }).click();
    await expect(here.page).toHaveURL(`${UI}/sessions?notice=revoked`);
    await expect(screen.notice).toHaveText("The session was signed out.");
    await expect(screen.otherSessions).toHaveCount(0);
    await expect(screen.others).toContainText("Your account is not signed in anywhere else.");
    expect(await activeSessionIds(here.identityId)).toEqual([here.sessionId]);

    await there.page.goto("/");
    await expect(there.page.getByRole("heading", { level: 1 })).toHaveText("Welcome");
  });

  test("signing out all other sessions keeps only this one", async ({ browser, existingAccount }) => {
    const here = await open(browser, existingAccount, { userAgent: CHROME_ON_LINUX });
    const laptop = await open(browser, existingAccount, { userAgent: SAFARI_ON_MACOS });
    const desktop = await open(browser, existingAccount, { userAgent: FIREFOX_ON_WINDOWS });

    const screen = sessionsScreen(here.page);
    await screen.open();
    await expect(screen.otherSessions).toHaveCount(2);
    await expect(screen.session(laptop.sessionId).getByRole("heading", { level: 3 })).toHaveText("Safari on macOS");
    await screen.signOutOthers.click();
    await expect(screen.notice).toHaveText("All other sessions were signed out.");
    await expect(screen.otherSessions).toHaveCount(0);
    expect(await activeSessionIds(here.identityId)).toEqual([here.sessionId]);

    for (const { page } of [laptop, desktop]) {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome");
    }
  });

  test("a request from another site cannot sign out a session; the same request from this site can", async ({
    browser,
    existingAccount,
  }) => {
    const here = await open(browser, existingAccount, { userAgent: CHROME_ON_LINUX });
    const there = await open(browser, existingAccount, { userAgent: FIREFOX_ON_WINDOWS });
    await sessionsScreen(here.page).open();
    const form = { [await actionField(here.page)]: "", session_id: there.sessionId };

    const forged = await here.context.request.post("/sessions", {
      headers: { origin: "http://attacker.example" },
      multipart: form,
      maxRedirects: 0,
    });
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    expect(await activeSessionIds(here.identityId)).toEqual([here.sessionId, there.sessionId].sort());

    const genuine = await here.context.request.post("/sessions", { headers: { origin: UI }, multipart: form, maxRedirects: 0 });
    expect(genuine.status()).toBe(303);
    expect(genuine.headers().location).toMatch(/\/sessions\?notice=revoked$/);
    expect(await activeSessionIds(here.identityId)).toEqual([here.sessionId]);
  });

  test("another account's session cannot be signed out from here", async ({ browser, existingAccount }) => {
    const stranger = newAccount();
    await createIdentity(stranger.email, stranger.password);
    const here = await open(browser, existingAccount, { userAgent: CHROME_ON_LINUX });
    const mine = await open(browser, existingAccount, { userAgent: SAFARI_ON_MACOS });
    const theirs = await open(browser, stranger, { userAgent: FIREFOX_ON_WINDOWS });
    await sessionsScreen(here.page).open();

    const response = await here.context.request.post("/sessions", {
      headers: { origin: UI },
      multipart: { [await actionField(here.page)]: "", session_id: theirs.sessionId },
      maxRedirects: 0,
    });
    expect(response.headers().location).toMatch(/\/sessions\?notice=not-yours$/);
    await here.page.goto(response.headers().location!);
    await expect(sessionsScreen(here.page).notice).toHaveText("That is not one of your active sessions, so nothing was changed.");
    expect(await activeSessionIds(theirs.identityId)).toEqual([theirs.sessionId]);
    expect(await activeSessionIds(here.identityId)).toEqual([here.sessionId, mine.sessionId].sort());
  });
});
