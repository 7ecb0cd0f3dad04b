import { expect, test } from "../fixtures";
import { identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { codeFrom, SUBJECTS, waitForMail } from "../support/mail";

test.describe("verification right after sign-up (hook show_verification_ui)", () => {
  test.beforeAll(() =>
    setKratosConfig({
      selfservice: { flows: { registration: { after: { password: { hooks: [{ hook: "session" }, { hook: "show_verification_ui" }] } } } } },
    }),
  );
  test.afterAll(() => resetKratosConfig());

  for (const javaScriptEnabled of [true, false]) {
    test(`the code from the mail verifies, then Continue leads to return_to (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      account,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const returnTo = "http://localhost:3000/?x=1";
      const since = new Date();
      await page.goto(`/registration?return_to=${encodeURIComponent(returnTo)}`);
      const form = page.getByRole("form", { name: "Password" });
      await form.getByLabel("Email").fill(account.email);
      await form.getByLabel("Password", { exact: true }).fill(account.password);
      await form.getByRole("button", { name: "Sign up", exact: true }).click();

      await expect(page).toHaveURL(/\/verification\?flow=/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
      await expect(page.getByTestId("ui/message/1080003")).toBeVisible();

      const mail = await waitForMail({ to: account.email, subject: SUBJECTS.verification, after: since });
      await page.getByLabel("Verification code").fill(codeFrom(mail));
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email address verified");
      await expect(page.getByTestId("ui/message/1080002")).toHaveText("You successfully verified your email address.");
      const identity = await identityByEmail(account.email);
      expect(identity?.verifiable_addresses?.[0]).toMatchObject({ value: account.email, verified: true });

      const next = page.getByTestId("node/anchor/continue");
      await expect(next).toHaveText("Continue");
      await next.click();
      await expect(page).toHaveURL(returnTo);
      await expect(page.getByText(`You are signed in as ${account.email}.`)).toBeVisible();
      await expect(page.getByTestId("session-addresses")).toHaveText(`${account.email} (verified)`);
      await context.close();
    });
  }
});
