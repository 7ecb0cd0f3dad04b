import { expect, test } from "../fixtures";
import { homeScreen } from "../screens/home-screen";
import { loginScreen } from "../screens/login-screen";
import { recoveryScreen } from "../screens/recovery-screen";
import { settingsScreen } from "../screens/settings-screen";
import { newAccount } from "../support/accounts";
import { signInAsNewAdmin } from "../support/admins";
import { identityByEmail } from "../support/kratos-admin";
import { SUBJECTS, waitForMail } from "../support/mail";

const INVITATION_SUBJECT = SUBJECTS.invitation;

test("an invitation arrives through Kratos's courier; the person chooses a password with it and signs in", async ({ page, browser }) => {
  // An admin's aal2 sign-in, a mail, and the invited person's own browser.
  test.slow();
  await signInAsNewAdmin(page);
  const invitee = newAccount();
  const since = new Date();

  await page.goto("/admin/new");
  const form = page.getByRole("form", { name: "Create or invite" });
  await form.getByLabel("Email").fill(invitee.email);
  await form.getByLabel("Send an invitation instead of setting a password").check();
  await form.getByRole("button", { name: "Create identity" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText("The identity has been created and the invitation mailed.");
  expect(await identityByEmail(invitee.email)).toBeDefined();

  const mail = await waitForMail({ to: invitee.email, subject: INVITATION_SUBJECT, after: since });
  const link = /(http\S+\/recovery\?flow=\S+)/.exec(mail.text)?.[1];
  const code = /code there:\s+(\d{6})/.exec(mail.text)?.[1];
  expect(link, mail.text).toBeTruthy();
  expect(code, mail.text).toBeTruthy();

  // Support sees the mail go out, read-only, without its contents.
  await page.goto("/admin/courier");
  const row = page.getByTestId("admin-courier").locator("tr", { hasText: invitee.email }).first();
  await expect(row).toContainText(INVITATION_SUBJECT);
  await expect(page.getByTestId("admin-courier")).not.toContainText(code!);

  const person = await browser.newContext();
  const personPage = await person.newPage();
  try {
    await personPage.goto(link!);
    await recoveryScreen(personPage).enterCode(code!);
    const settings = settingsScreen(personPage);
    await settings.expectOpen();
    await settings.password.fill(invitee.password);
    await settings.savePassword.click();
    await expect(settings.saved).toBeVisible();
    await person.clearCookies();

    await loginScreen(personPage).open();
    await loginScreen(personPage).signIn(invitee.email, invitee.password);
    await homeScreen(personPage).expectSignedInAs(invitee.email);
  } finally {
    await person.close();
  }
});
