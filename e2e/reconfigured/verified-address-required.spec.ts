import { expect, test } from "../fixtures";
import { activeSessions, identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { codeFrom } from "../support/mail";
import { loginScreen } from "../screens/login-screen";
import { verificationScreen } from "../screens/verification-screen";

const NOT_VERIFIED = "Account not active yet. Did you forget to verify your email address?";

test.describe("sign-in that needs a verified address (hook require_verified_address)", () => {
  test.beforeAll(() =>
    setKratosConfig({ selfservice: { flows: { login: { after: { password: { hooks: [{ hook: "require_verified_address" }] } } } } } }),
  );
  test.afterAll(() => resetKratosConfig());

  for (const javaScriptEnabled of [true, false]) {
    test(`an unverified person is led to verification with Kratos's reason, then signs in (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      existingAccount,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const login = loginScreen(page);
      const verification = verificationScreen(page);
      const returnTo = "http://localhost:3000/?after=verification";

      await login.open(`?return_to=${encodeURIComponent(returnTo)}`);
      await login.signIn(existingAccount.email, existingAccount.password);
      await expect(page).toHaveURL(/\/verification\?flow=/);
      await expect(verification.heading).toHaveText("Verify your email address");
      await expect(page.getByTestId("ui/message/4000010")).toHaveText(NOT_VERIFIED);
      const identity = await identityByEmail(existingAccount.email);
      expect(await activeSessions(identity!.id)).toHaveLength(0);

      const sentMail = await verification.requestMail(existingAccount.email);
      await expect(page.getByTestId("ui/message/4000010")).toHaveCount(0);
      const mail = await sentMail();
      await verification.enterCode(codeFrom(mail));
      await verification.expectVerified();

      await verification.continueLink.click();
      await expect(login.submit).toBeVisible();
      await login.signIn(existingAccount.email, existingAccount.password);
      await expect(page).toHaveURL(returnTo);
      expect(await activeSessions(identity!.id)).toHaveLength(1);
      await context.close();
    });
  }
});
