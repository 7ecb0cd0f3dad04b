import { expect, test } from "../fixtures";
import { secondStepScreen } from "../screens/second-step-screen";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { codeFrom, SUBJECTS, waitForMail } from "../support/mail";

test.describe("a code by email as the second factor", () => {
  // Kratos 1.3 allows the code method either as a first or as a second factor, not both.
  test.beforeAll(() => setKratosConfig({ selfservice: { methods: { code: { mfa_enabled: true, passwordless_enabled: false } } } }));
  test.afterAll(() => resetKratosConfig());

  test("after the password, 'Send code to …' mails a code that completes an aal2 session with password and code", async ({
    page,
    home,
    existingAccount,
  }) => {
    const secondStep = secondStepScreen(page);
    await secondStep.reachFromPassword(existingAccount);

    const send = secondStep.sendCodeTo(existingAccount.email);
    await expect(send).toHaveAttribute("name", "address");
    await expect(send).toHaveAttribute("value", existingAccount.email);
    const sentAfter = new Date();
    await send.click();
    await expect(page.getByTestId("ui/message/1010014")).toBeVisible();
    await expect(secondStep.heading).toHaveText("Two-factor authentication");
    const mail = await waitForMail({ to: existingAccount.email, subject: SUBJECTS.loginCode, after: sentAfter });

    await secondStep.mailedCode.fill(codeFrom(mail));
    await secondStep.submitMailedCode.click();
    await home.expectSignedInAs(existingAccount.email);
    await home.expectSession(existingAccount.email, "aal2", ["password", "code"]);
  });

  test("/login?aal=aal2&via=email offers the same step; a wrong code is refused without spending the right one", async ({
    page,
    home,
    existingAccount,
  }) => {
    const secondStep = secondStepScreen(page);
    await secondStep.reachFromPassword(existingAccount);

    await page.goto("/login?aal=aal2&via=email");
    await secondStep.expectOpen(existingAccount.email);
    const sentAfter = new Date();
    await secondStep.sendCodeTo(existingAccount.email).click();
    const code = codeFrom(await waitForMail({ to: existingAccount.email, subject: SUBJECTS.loginCode, after: sentAfter }));

    await secondStep.mailedCode.fill(code === "000000" ? "111111" : "000000");
    await secondStep.submitMailedCode.click();
    await expect(page.getByTestId("ui/message/4010008")).toBeVisible();
    await secondStep.mailedCode.fill(code);
    await secondStep.submitMailedCode.click();
    await home.expectSignedInAs(existingAccount.email);
    await expect(page.getByTestId("session-methods")).toHaveText("Password, Email code");
  });
});
