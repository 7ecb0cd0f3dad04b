import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { codeStepScreen } from "../screens/code-step-screen";
import { registrationScreen } from "../screens/registration-screen";
import { activeSessions, identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { codeFrom, SUBJECTS, waitForMail } from "../support/mail";

/** A code Kratos will refuse: any six digits but the right ones. */
const wrong = (code: string) => (code === "000000" ? "111111" : "000000");

/** Fills the sign-up details and asks for a code instead of choosing a password. */
async function requestSignUpCode(page: Page, email: string, name: string): Promise<ReturnType<typeof codeStepScreen>> {
  const registration = registrationScreen(page);
  await registration.open();
  await registration.email.fill(email);
  await registration.name.fill(name);
  await page.getByRole("button", { name: "Send sign up code" }).click();
  const step = codeStepScreen(page, "Registration code");
  await step.expectOpen();
  return step;
}

test.describe("signing up with a code from the mail (passwordless)", () => {
  test.beforeAll(() =>
    setKratosConfig({
      selfservice: {
        methods: { code: { passwordless_enabled: true } },
        flows: { registration: { after: { code: { hooks: [{ hook: "session" }] } } } },
      },
    }),
  );
  test.afterAll(() => resetKratosConfig());

  for (const javaScriptEnabled of [true, false]) {
    test(`details, then the mailed code: signed up and in by code, address verified (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      account,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const since = new Date();
      const step = await requestSignUpCode(page, account.email, "Ada Code");

      await expect(page.getByTestId("ui/message/1040005")).toContainText("An email containing a code has been sent");
      await expect(page.getByText("Enter the code from the email we sent you.")).toBeVisible();
      // Kratos keeps the details as hidden fields and sends the method with "Resend code" too.
      await expect(page.locator('input[type="hidden"][name="traits.email"]')).toHaveValue(account.email);
      await expect(page.locator('input[type="hidden"][name="traits.name"]')).toHaveValue("Ada Code");
      await expect(page.locator('input[type="hidden"][name="method"]')).toHaveValue("code");
      await expect(page.getByLabel("Email", { exact: true })).toHaveCount(0);
      await expect(step.resend).toHaveAttribute("name", "resend");
      expect(await identityByEmail(account.email)).toBeUndefined();

      const mail = await waitForMail({ to: account.email, subject: SUBJECTS.registrationCode, after: since });
      await step.code.fill(codeFrom(mail));
      await step.code.press("Enter");
      await expect(page.getByText(`You are signed in as ${account.email}.`)).toBeVisible();
      await expect(page.getByTestId("session-methods")).toHaveText("Email code");

      const identity = await identityByEmail(account.email);
      expect(identity?.traits).toEqual({ email: account.email, name: "Ada Code", locale: "en" });
      expect(identity?.credentials?.code?.identifiers).toEqual([account.email]);
      expect(identity?.verifiable_addresses?.[0]).toMatchObject({ value: account.email, verified: true });
      const sessions = await activeSessions(identity!.id);
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ authenticator_assurance_level: "aal1", authentication_methods: [{ method: "code" }] });
      await context.close();
    });
  }

  test("a wrong code is refused (4040003); after Resend the old code is refused and the new one signs up", async ({ page, account }) => {
    const since = new Date();
    const step = await requestSignUpCode(page, account.email, "Ada Resend");
    const first = await waitForMail({ to: account.email, subject: SUBJECTS.registrationCode, after: since });

    await step.enterCode(wrong(codeFrom(first)));
    await expect(page.getByTestId("ui/message/4040003")).toHaveText(
      "The registration code is invalid or has already been used. Please try again.",
    );
    await step.expectOpen();
    expect(await identityByEmail(account.email)).toBeUndefined();

    await step.resendCode();
    await expect(page.getByTestId("ui/message/1040005")).toBeVisible();
    const second = await waitForMail({ to: account.email, subject: SUBJECTS.registrationCode, after: first });
    expect(codeFrom(second)).not.toBe(codeFrom(first));

    await step.enterCode(codeFrom(first));
    await expect(page.getByTestId("ui/message/4040003")).toBeVisible();
    expect(await identityByEmail(account.email)).toBeUndefined();

    await step.enterCode(codeFrom(second));
    await expect(page.getByText(`You are signed in as ${account.email}.`)).toBeVisible();
    expect((await identityByEmail(account.email))?.traits).toEqual({ email: account.email, name: "Ada Resend", locale: "en" });
  });

  test("'Start again' on the code step leads to an empty sign-up form", async ({ page, registration, account }) => {
    await requestSignUpCode(page, account.email, "Ada Typo");
    await page.getByRole("link", { name: "Start again" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
    await expect(registration.email).toHaveValue("");
    await expect(page.getByRole("button", { name: "Send sign up code" })).toBeVisible();
  });
});
