import { expect, test } from "./fixtures";
import { identityByEmail } from "./support/kratos-admin";

test.use({ javaScriptEnabled: false });

test("sign-up, sign-out and sign-in work without JavaScript", async ({ page, registration, login, home, account }) => {
  await registration.open();
  await registration.signUp(account.email, account.password);
  await home.expectSignedInAs(account.email);
  expect(await identityByEmail(account.email)).toBeDefined();

  await home.signOut.click();
  await home.expectSignedOut();

  await login.open();
  await login.signIn(account.email, "wrong-password-1");
  await expect(page.getByTestId("ui/message/4000006")).toBeVisible();
  await login.password.fill(account.password);
  await login.submit.click();
  await home.expectSignedInAs(account.email);
});
