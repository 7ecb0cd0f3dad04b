import { expect, test } from "../fixtures";
import { askForLoginCode } from "../screens/code-step-screen";
import { activeSessions, identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { codeFrom, courierMessages, SUBJECTS, waitForMail } from "../support/mail";

const passwordlessCode = (config: Record<string, unknown> = {}) => ({
  selfservice: { methods: { code: { passwordless_enabled: true, ...config } } },
});

/** A code Kratos will refuse: any six digits but the right ones. */
const wrong = (code: string) => (code === "000000" ? "111111" : "000000");

test.describe("signing in with a code from the mail (passwordless)", () => {
  test.beforeAll(() => setKratosConfig(passwordlessCode()));
  test.afterAll(() => resetKratosConfig());

  for (const javaScriptEnabled of [true, false]) {
    test(`the mailed code signs in; Kratos records an aal1 session by code (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      existingAccount,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const { step, sentMail } = await askForLoginCode(page, existingAccount.email);
      await expect(page.getByTestId("ui/message/1010014")).toContainText("An email containing a code has been sent");
      await expect(page.getByTestId("login-account")).toContainText(`we sent to ${existingAccount.email}`);
      // The address and the method travel as hidden fields; nothing asks for them again.
      await expect(page.locator('input[type="hidden"][name="identifier"]')).toHaveValue(existingAccount.email);
      await expect(page.locator('input[type="hidden"][name="method"]')).toHaveValue("code");
      await expect(page.getByLabel("Email", { exact: true })).toHaveCount(0);
      await expect(page.getByLabel("Password", { exact: true })).toHaveCount(0);
      await expect(step.resend).toHaveAttribute("name", "resend");
      await expect(step.resend).toHaveAttribute("value", "code");

      await step.code.fill(codeFrom(await sentMail()));
      // Enter submits the code, not "Resend code".
      await step.code.press("Enter");
      await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
      await expect(page.getByTestId("session-methods")).toHaveText("Email code");

      const identity = await identityByEmail(existingAccount.email);
      const sessions = await activeSessions(identity!.id);
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ authenticator_assurance_level: "aal1", authentication_methods: [{ method: "code" }] });
      // Reading the mail proves the address is theirs.
      expect(identity?.verifiable_addresses?.[0]).toMatchObject({ value: existingAccount.email, verified: true });
      await context.close();
    });
  }

  test("a wrong code is refused (4010008) and the step stays; the right code then signs in with Enter", async ({
    page,
    existingAccount,
  }) => {
    const { step, sentMail } = await askForLoginCode(page, existingAccount.email);
    const code = codeFrom(await sentMail());

    await step.enterCode(wrong(code));
    await expect(page.getByTestId("ui/message/4010008")).toHaveText(
      "The login code is invalid or has already been used. Please try again.",
    );
    await step.expectOpen();
    await expect(step.code).toHaveValue("");
    const identity = await identityByEmail(existingAccount.email);
    expect(await activeSessions(identity!.id)).toHaveLength(0);

    // Kratos lists "Resend code" before "Continue" after a wrong code; Enter must still submit the code.
    await step.code.fill(code);
    await step.code.press("Enter");
    await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
    expect(await activeSessions(identity!.id)).toHaveLength(1);
  });

  test("Resend code mails a new code: the old one is refused (4010008), the new one signs in", async ({ page, existingAccount }) => {
    const { step, sentMail } = await askForLoginCode(page, existingAccount.email);
    const first = await sentMail();

    await step.resendCode();
    await step.expectOpen();
    await expect(page.getByTestId("ui/message/1010014")).toBeVisible();
    const second = await waitForMail({ to: existingAccount.email, subject: SUBJECTS.loginCode, after: first });
    expect(codeFrom(second)).not.toBe(codeFrom(first));

    await step.enterCode(codeFrom(first));
    await expect(page.getByTestId("ui/message/4010008")).toBeVisible();
    await step.enterCode(codeFrom(second));
    await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
  });

  test("a code step whose hidden address was lost (an edited or stale form) shows Kratos's 4000002 instead of doing nothing", async ({
    page,
    existingAccount,
  }) => {
    const { step, sentMail } = await askForLoginCode(page, existingAccount.email);
    const code = codeFrom(await sentMail());
    await page.locator('input[type="hidden"][name="identifier"]').evaluateAll((inputs) => inputs.forEach((input) => input.remove()));
    await step.enterCode(code);
    const missing = page.getByTestId("ui/message/4000002");
    await expect(missing).toHaveText("Property identifier is missing.");
    await expect(missing).toHaveRole("alert");
    const identity = await identityByEmail(existingAccount.email);
    expect(await activeSessions(identity!.id)).toHaveLength(0);
  });

  test("an address no account has is refused with 4000035 and no mail is queued", async ({ page, login }) => {
    const unknown = `e2e-nobody-${Date.now()}@example.org`;
    await login.open();
    await page.getByLabel("Email", { exact: true }).fill(unknown);
    await page.getByRole("button", { name: "Send sign in code" }).click();
    await expect(page.getByTestId("ui/message/4000035")).toHaveText("This account does not exist or has not setup sign in with code.");
    expect(await courierMessages(unknown)).toEqual([]);
  });

  test("'Use another account' on the code step starts again with an empty address", async ({ page, login, existingAccount }) => {
    await askForLoginCode(page, existingAccount.email);
    const codeFlow = new URL(page.url()).searchParams.get("flow");

    await page.getByRole("link", { name: "Use another account" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(login.identifier).toHaveValue("");
    expect(new URL(page.url()).searchParams.get("flow")).not.toBe(codeFlow);
  });
});

test.describe("a sign-in code entered after it expired", () => {
  const LIFESPAN_MS = 3000;
  test.beforeAll(() => setKratosConfig(passwordlessCode({ config: { lifespan: `${LIFESPAN_MS}ms` } })));
  test.afterAll(() => resetKratosConfig());

  test("is refused with 4010001 on a fresh flow where the address can be entered again", async ({ page, login, existingAccount }) => {
    const { step, sentMail } = await askForLoginCode(page, existingAccount.email);
    const codeFlow = new URL(page.url()).searchParams.get("flow");
    const code = codeFrom(await sentMail());

    // Wait on what Kratos recorded (when it queued the code), not a fixed sleep.
    await expect
      .poll(
        async () => {
          const queued = (await courierMessages(existingAccount.email)).find((message) => message.template_type === "login_code_valid");
          return Date.now() - Date.parse(queued?.created_at ?? "");
        },
        { message: "the sign-in code never outlived its lifespan", timeout: 15_000 },
      )
      .toBeGreaterThan(LIFESPAN_MS + 500);

    await step.enterCode(code);
    await expect(page.getByTestId("ui/message/4010001")).toContainText("The login flow expired");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(login.identifier).toBeEditable();
    expect(new URL(page.url()).searchParams.get("flow")).not.toBe(codeFlow);
    const identity = await identityByEmail(existingAccount.email);
    expect(await activeSessions(identity!.id)).toHaveLength(0);
  });
});
