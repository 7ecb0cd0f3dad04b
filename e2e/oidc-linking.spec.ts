import { expect, test } from "./fixtures";
import { localIdpScreen } from "./screens/local-idp-screen";
import { socialSignInScreen } from "./screens/social-sign-in-screen";
import { ignoreDevReloads } from "./support/dev-server";
import { identityByEmail } from "./support/kratos-admin";
import { createSocialIdentity, LOCAL_IDP, storedSignInMethods } from "./support/local-idp";

test.beforeEach(async ({ page }) => {
  await ignoreDevReloads(page);
});

test("social sign-in with the address of a password account asks for the password once, then links the two", async ({
  page,
  login,
  home,
  existingAccount,
}) => {
  const { email, password } = existingAccount;
  const identity = await identityByEmail(email);
  const social = socialSignInScreen(page);
  await social.signInAtProvider({ email });

  // Kratos does not sign anyone in on the provider's word for an address another account owns.
  await expect(page).toHaveURL(/\/login\?flow=/);
  const notice = page.getByTestId("ui/message/1010016");
  await expect(notice).toContainText(`You tried to sign in with "${email}", but that email is already used by another account.`);
  await expect(notice).toContainText(`at "${LOCAL_IDP.label}" as another way to sign in`);
  await expect(notice).toHaveRole("status");
  // The account is known, so only its own ways in are offered, without retyping the address.
  await expect(login.identifier).toHaveCount(0);
  await expect(social.form).toHaveCount(0);
  expect((await storedSignInMethods(identity!.id)).linked).toEqual([]);

  await login.password.fill(password);
  await login.submit.click();
  await home.expectSignedInAs(email);
  const stored = await storedSignInMethods(identity!.id);
  expect(stored.password).toBe(true);
  expect(stored.linked).toEqual([{ provider: LOCAL_IDP.id, subject: email }]);

  // From now on the provider alone signs the person in (it still knows them, so it answers at once).
  await home.signOut.click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  // Sign-out ends in a chain of redirects; click only once the sign-in page has settled.
  await page.waitForLoadState("load");
  await expect(social.signInWith).toBeEnabled();
  await social.signInWith.click();
  await home.expectSignedInAs(email);
  await expect(page.getByTestId("session-methods")).toHaveText("Social sign-in");
});

test("a password account links the provider in settings, and can then sign in with it", async ({
  page,
  settings,
  home,
  existingAccount,
}) => {
  const identity = await identityByEmail(existingAccount.email);
  // The provider account may use another address than the Kratos account.
  const providerEmail = `idp-${existingAccount.email}`;
  const social = socialSignInScreen(page);
  await settings.openSignedOut(existingAccount.email, existingAccount.password);
  const section = page.getByRole("region", { name: "Social sign-in" });
  await expect(section).toHaveAccessibleDescription("Connect or disconnect accounts from other services that you sign in with.");
  await expect(social.link).toHaveAttribute("name", "link");
  await expect(social.link).toHaveAttribute("value", LOCAL_IDP.id);
  await expect(social.unlink).toHaveCount(0);

  await social.link.click();
  await localIdpScreen(page).signIn({ email: providerEmail });
  await settings.expectOpen();
  await expect(settings.saved).toBeVisible();
  await expect(social.unlink).toHaveAttribute("name", "unlink");
  await expect(social.unlink).toHaveAttribute("value", LOCAL_IDP.id);
  await expect(social.link).toHaveCount(0);
  expect((await storedSignInMethods(identity!.id)).linked).toEqual([{ provider: LOCAL_IDP.id, subject: providerEmail }]);

  // The provider still knows the person, so it answers at once: straight into this account.
  await page.goto("/");
  await home.signOut.click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  await social.signInWith.click();
  await home.expectSignedInAs(existingAccount.email);
  await expect(page.getByTestId("session-methods")).toHaveText("Social sign-in");
});

test("unlinking the provider in settings removes it from the account in Kratos", async ({ page, settings, account }) => {
  const identity = await createSocialIdentity(account.email, { subject: `idp-${account.email}`, password: account.password });
  const social = socialSignInScreen(page);
  await settings.openSignedOut(account.email, account.password);
  await expect(social.link).toHaveCount(0);

  await social.unlink.click();
  await settings.expectOpen();
  await expect(settings.saved).toBeVisible();
  await expect(social.link).toHaveAttribute("value", LOCAL_IDP.id);
  await expect(social.unlink).toHaveCount(0);
  const stored = await storedSignInMethods(identity.id);
  expect(stored.oidcIdentifiers).toEqual([]);
  expect(stored.password).toBe(true);
});

test("an account that only signs in with the provider can unlink it only once it has a password", async ({
  page,
  registration,
  settings,
  account,
}) => {
  const social = socialSignInScreen(page);
  await registration.open();
  await social.signUpWith.click();
  await localIdpScreen(page).signIn({ email: account.email });
  await page.goto("/settings");
  await settings.expectOpen();
  // Unlinking the only way in would lock the person out, so Kratos does not offer it.
  await expect(page.getByRole("region", { name: "Social sign-in" })).toHaveCount(0);
  await expect(social.unlink).toHaveCount(0);

  await settings.password.fill("Another-Horse-Battery-7");
  await settings.savePassword.click();
  await expect(settings.saved).toBeVisible();
  await expect(social.unlink).toHaveAttribute("value", LOCAL_IDP.id);
  const identity = await identityByEmail(account.email);
  const stored = await storedSignInMethods(identity!.id);
  expect(stored.password).toBe(true);
  expect(stored.linked).toEqual([{ provider: LOCAL_IDP.id, subject: account.email }]);
});
