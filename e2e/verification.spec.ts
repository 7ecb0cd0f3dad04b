import { expect, test } from "./fixtures";
import { newAccount } from "./support/accounts";
import { identityByEmail } from "./support/kratos-admin";
import { codeFrom, linkFrom, SUBJECTS, waitForMail } from "./support/mail";

/** The verification state Kratos records for an address. */
async function recordedAddress(email: string) {
  const identity = await identityByEmail(email);
  return identity?.verifiable_addresses?.find((address) => address.value === email);
}

test.describe("email verification", () => {
  test("a code asked for on /verification verifies the address in Kratos", async ({ page, verification, existingAccount }) => {
    expect(await recordedAddress(existingAccount.email)).toMatchObject({ verified: false });
    await verification.open();
    const sentMail = await verification.requestMail(existingAccount.email);
    await expect(page.getByTestId("ui/message/1080003")).toContainText("An email containing a verification code has been sent");

    const mail = await sentMail();
    await verification.enterCode(codeFrom(mail));
    await verification.expectVerified();
    await expect(verification.continueLink).toHaveAttribute("href", "http://localhost:3000/");
    expect(await recordedAddress(existingAccount.email)).toMatchObject({ verified: true, status: "completed" });
  });

  test("the link in the mail opens the flow with the code filled in", async ({ page, verification, existingAccount }) => {
    await verification.open();
    const sentMail = await verification.requestMail(existingAccount.email);
    const mail = await sentMail();

    await page.goto(linkFrom(mail));
    await expect(page).toHaveURL(/\/verification\?flow=/);
    await expect(verification.code).toHaveValue(codeFrom(mail));
    await verification.submit.click();
    await verification.expectVerified();
    expect(await recordedAddress(existingAccount.email)).toMatchObject({ verified: true });
  });

  test("a wrong code shows Kratos's message and the right code still works", async ({ page, verification, existingAccount }) => {
    await verification.open();
    const sentMail = await verification.requestMail(existingAccount.email);
    const mail = await sentMail();

    await verification.enterCode(codeFrom(mail) === "000000" ? "111111" : "000000");
    await expect(page.getByTestId("ui/message/4070006")).toHaveText(
      "The verification code is invalid or has already been used. Please try again.",
    );
    expect(await recordedAddress(existingAccount.email)).toMatchObject({ verified: false });

    await verification.enterCode(codeFrom(mail));
    await verification.expectVerified();
  });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled });

      test("resending sends a new mail whose code verifies the address", async ({ verification, existingAccount }) => {
        await verification.enterCode(await verification.resentCode(existingAccount.email));
        await verification.expectVerified();
        expect(await recordedAddress(existingAccount.email)).toMatchObject({ verified: true });
      });
    });
  }

  test("an address changed in settings is verified through the mail sent to it", async ({ page, login, verification, existingAccount }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page).toHaveURL("http://localhost:3000/");

    const changed = newAccount().email;
    const since = new Date();
    await page.goto("/settings");
    const profile = page.getByRole("form", { name: "Profile" });
    await profile.getByLabel("Email").fill(changed);
    await profile.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("ui/message/1050001")).toBeVisible();
    expect(await recordedAddress(changed)).toMatchObject({ verified: false });

    const mail = await waitForMail({ to: changed, subject: SUBJECTS.verification, after: since });
    await page.goto(linkFrom(mail));
    await expect(verification.code).toHaveValue(codeFrom(mail));
    await verification.submit.click();
    await verification.expectVerified();
    expect(await recordedAddress(changed)).toMatchObject({ verified: true, status: "completed" });
  });
});
