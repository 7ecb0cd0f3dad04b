import { expect, test } from "../fixtures";
import { codeStepScreen } from "../screens/code-step-screen";
import { identifierFirstScreen } from "../screens/identifier-first-screen";
import { activeSessions, createPasswordlessIdentity, identityByEmail } from "../support/kratos-admin";
import { newAccount } from "../support/accounts";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { codeFrom, SUBJECTS, waitForMail } from "../support/mail";

/** Identifier-first sign-in with passwords and mailed codes both enabled. */
const identifierFirst = (mitigateEnumeration: boolean) => ({
  selfservice: { methods: { code: { passwordless_enabled: true } }, flows: { login: { style: "identifier_first" } } },
  security: { account_enumeration: { mitigate: mitigateEnumeration } },
});

async function sessionsOf(email: string) {
  const identity = await identityByEmail(email);
  return identity ? activeSessions(identity.id) : [];
}

test.describe("identifier-first sign-in", () => {
  test.beforeAll(() => setKratosConfig(identifierFirst(false)));
  test.afterAll(() => resetKratosConfig());

  for (const javaScriptEnabled of [true, false]) {
    test(`the address first, then the account's ways to sign in; the password signs in (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      existingAccount,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const screen = identifierFirstScreen(page);
      await screen.open();
      await expect(screen.identifier).toBeEditable();
      await expect(screen.password).toHaveCount(0);
      await expect(page.locator('button[name="method"][value="identifier_first"]')).toHaveText("Continue");

      await screen.enterIdentifier(existingAccount.email);
      await expect(screen.account).toContainText(`Signing in as ${existingAccount.email}`);
      await expect(screen.account.getByRole("link", { name: "Use another account" })).toBeVisible();
      await expect(screen.identifier).toHaveCount(0);
      // Every method's form sends the address Kratos now keeps as a hidden field.
      for (const form of await page.getByRole("form").all()) {
        await expect(form.locator('input[type="hidden"][name="identifier"]')).toHaveValue(existingAccount.email);
      }
      await expect(screen.sendCode).toBeVisible();
      await screen.password.fill(existingAccount.password);
      await screen.signIn.click();

      await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
      const sessions = await sessionsOf(existingAccount.email);
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ authenticator_assurance_level: "aal1", authentication_methods: [{ method: "password" }] });
      await context.close();
    });
  }

  test("an account without a password is offered only the mailed code, which signs in", async ({ page }) => {
    const { email } = newAccount();
    await createPasswordlessIdentity(email);
    const screen = identifierFirstScreen(page);
    const since = new Date();
    await screen.open();
    await screen.enterIdentifier(email);
    await expect(screen.account).toContainText(`Signing in as ${email}`);
    await expect(screen.password).toHaveCount(0);
    await expect(screen.signIn).toHaveCount(0);
    await screen.sendCode.click();

    const step = codeStepScreen(page, "Login code");
    await step.expectOpen();
    await expect(page.locator('input[type="hidden"][name="identifier"]')).toHaveValue(email);
    await step.enterCode(codeFrom(await waitForMail({ to: email, subject: SUBJECTS.loginCode, after: since })));
    await expect(page.getByText(`You are signed in as ${email}.`)).toBeVisible();
    expect((await sessionsOf(email))[0]).toMatchObject({ authentication_methods: [{ method: "code" }] });
  });

  test("an unknown address is refused (4000037) on the address screen, which keeps it for correcting", async ({
    page,
    existingAccount,
  }) => {
    const unknown = newAccount().email;
    const screen = identifierFirstScreen(page);
    await screen.open();
    await screen.enterIdentifier(unknown);
    await expect(page.getByTestId("ui/message/4000037")).toHaveText("This account does not exist or has no login method configured.");
    await expect(screen.identifier).toHaveValue(unknown);
    await expect(screen.identifier).toHaveAttribute("aria-invalid", "true");
    await expect(screen.password).toHaveCount(0);
    expect(await identityByEmail(unknown)).toBeUndefined();

    await screen.identifier.fill(existingAccount.email);
    await screen.next.click();
    await expect(screen.account).toContainText(`Signing in as ${existingAccount.email}`);
  });

  test("a wrong password is refused (4000006) on the same screen, which still names the account", async ({ page, existingAccount }) => {
    const screen = identifierFirstScreen(page);
    await screen.open();
    await screen.enterIdentifier(existingAccount.email);
    await screen.password.fill("Wrong-Horse-Battery-0");
    await screen.signIn.click();

    await expect(page.getByTestId("ui/message/4000006")).toContainText("The provided credentials are invalid");
    await expect(screen.account).toContainText(`Signing in as ${existingAccount.email}`);
    await expect(screen.password).toHaveValue("");
    expect(await sessionsOf(existingAccount.email)).toHaveLength(0);

    await screen.password.fill(existingAccount.password);
    await screen.signIn.click();
    await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
  });

  test("'Use another account' returns to an empty address screen", async ({ page, existingAccount }) => {
    const screen = identifierFirstScreen(page);
    await screen.open();
    await screen.enterIdentifier(existingAccount.email);
    await screen.account.getByRole("link", { name: "Use another account" }).click();
    await expect(screen.heading).toHaveText("Sign in");
    await expect(screen.identifier).toHaveValue("");
    await expect(screen.account).toHaveCount(0);
  });

  test("?refresh=true asks to confirm it's you (1010003); confirming adds a method to the session", async ({ page, existingAccount }) => {
    const screen = identifierFirstScreen(page);
    await screen.open();
    await screen.enterIdentifier(existingAccount.email);
    await screen.password.fill(existingAccount.password);
    await screen.signIn.click();
    await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
    const [before] = await sessionsOf(existingAccount.email);
    expect(before?.authentication_methods).toHaveLength(1);

    await page.goto("/login?refresh=true");
    await expect(screen.heading).toHaveText("Confirm it's you");
    await expect(page.getByTestId("ui/message/1010003")).toHaveText("Please confirm this action by verifying that it is you.");
    await screen.identifier.fill(existingAccount.email);
    await screen.password.fill(existingAccount.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
    const [after] = await sessionsOf(existingAccount.email);
    expect(after?.id).toBe(before?.id);
    expect(after?.authentication_methods?.map((method) => method.method)).toEqual(["password", "password"]);
  });
});

test.describe("identifier-first sign-in with account enumeration mitigated", () => {
  test.beforeAll(() => setKratosConfig(identifierFirst(true)));
  test.afterAll(() => resetKratosConfig());

  for (const javaScriptEnabled of [true, false]) {
    test(`the next screen looks the same for an unknown address as for a known one (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      existingAccount,
    }) => {
      const shapes = [];
      for (const email of [existingAccount.email, newAccount().email]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const screen = identifierFirstScreen(await context.newPage());
        await screen.open();
        await screen.enterIdentifier(email);
        await expect(screen.account).toContainText(`Signing in as ${email}`);
        if (javaScriptEnabled) await expect(screen.passkey).toBeVisible();
        shapes.push(await screen.shape(email));
        await context.close();
      }
      expect(shapes[0]!.buttons).toEqual(expect.arrayContaining(["Sign in with password", "Send sign in code", "Sign in with Local IdP"]));
      expect(shapes[1]).toEqual(shapes[0]);
    });
  }

  test("a password for an unknown address fails exactly like a wrong one for a known address", async ({ browser, existingAccount }) => {
    const unknown = newAccount().email;
    const refusals = [];
    for (const email of [existingAccount.email, unknown]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const screen = identifierFirstScreen(page);
      await screen.open();
      await screen.enterIdentifier(email);
      await screen.password.fill("Wrong-Horse-Battery-0");
      await screen.signIn.click();
      const refusal = page.getByTestId("ui/message/4000006");
      await expect(refusal).toBeVisible();
      await expect(screen.passkey).toBeVisible();
      refusals.push({ text: await refusal.innerText(), shape: await screen.shape(email) });
      await context.close();
    }
    expect(refusals[1]).toEqual(refusals[0]);
    expect(await identityByEmail(unknown)).toBeUndefined();
    expect(await sessionsOf(existingAccount.email)).toHaveLength(0);
  });
});
