import { expect, test } from "./fixtures";
import { localIdpScreen } from "./screens/local-idp-screen";
import { socialSignInScreen } from "./screens/social-sign-in-screen";
import { newAccount } from "./support/accounts";
import { watchCspViolations } from "./support/csp-violations";
import { ignoreDevReloads } from "./support/dev-server";
import { activeSessions, identityByEmail } from "./support/kratos-admin";
import { createSocialIdentity, LOCAL_IDP, storedSignInMethods } from "./support/local-idp";

test.beforeEach(async ({ page }) => {
  await ignoreDevReloads(page);
});

test.describe("social sign-in with the Local IdP", () => {
  test("signing up with the provider lands the person signed in, and Kratos links the provider account", async ({
    page,
    home,
    account,
  }) => {
    const violations = watchCspViolations(page);
    await socialSignInScreen(page).signUpAtProvider({ email: account.email, name: "Ada Lovelace" });

    await home.expectSignedInAs(account.email);
    await expect(page.getByTestId("session-methods")).toHaveText("Social sign-in");
    const identity = await identityByEmail(account.email);
    expect(identity?.traits).toEqual({ email: account.email, name: "Ada Lovelace" });
    const stored = await storedSignInMethods(identity!.id);
    expect(stored.linked).toEqual([{ provider: LOCAL_IDP.id, subject: account.email }]);
    expect(stored.oidcIdentifiers).toEqual([`${LOCAL_IDP.id}:${account.email}`]);
    expect(stored.password).toBe(false);
    expect(await activeSessions(identity!.id)).toHaveLength(1);
    // Kratos answers the form post with a redirect to the provider, which the page's form-action allows.
    expect(violations).toEqual([]);
  });

  test("after signing out, the person signs in with the provider again, into the same account", async ({ page, home, account }) => {
    const social = socialSignInScreen(page);
    await social.signUpAtProvider({ email: account.email });
    await home.expectSignedInAs(account.email);
    const identity = await identityByEmail(account.email);

    await social.signOutHereAndAtProvider();
    expect(await activeSessions(identity!.id)).toHaveLength(0);
    await social.signInAtProvider({ email: account.email });
    await home.expectSignedInAs(account.email);
    await expect(page.getByTestId("session-methods")).toHaveText("Social sign-in");
    expect((await identityByEmail(account.email))?.id).toBe(identity!.id);
    const [session] = await activeSessions(identity!.id);
    expect(session?.authentication_methods?.map((method) => method.method)).toEqual(["oidc"]);
  });

  test("when the provider keeps the email to itself, the person types it on the sign-up page and continues", async ({
    page,
    home,
    account,
  }) => {
    const social = socialSignInScreen(page);
    const typed = newAccount().email;
    await social.signUpAtProvider({ email: account.email, shareEmail: false });

    await expect(page).toHaveURL(/\/registration\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
    await expect(page.getByText("Almost done. The service you signed in with did not share everything")).toBeVisible();
    const email = social.form.getByRole("textbox", { name: "Email" });
    await expect(email).toHaveValue("");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Property email is missing.");
    await expect(social.form.getByTestId("ui/message/4000002")).toBeVisible();
    // Only the social form is left, with one button that sends the completed traits.
    await expect(page.getByRole("form")).toHaveCount(1);
    await expect(social.form.getByRole("button")).toHaveText(["Continue"]);
    await expect(social.continue).toHaveAttribute("name", "provider");
    await expect(social.continue).toHaveAttribute("value", LOCAL_IDP.id);

    await email.fill(typed);
    await social.continue.click();
    // The provider still knows the person, so it answers at once and Kratos finishes the sign-up.
    await home.expectSignedInAs(typed);
    const identity = await identityByEmail(typed);
    expect(identity?.traits).toMatchObject({ email: typed });
    expect((await storedSignInMethods(identity!.id)).linked).toEqual([{ provider: LOCAL_IDP.id, subject: account.email }]);
  });

  test("declining at the provider brings the person back to sign-in with the provider's reason", async ({ page, login }) => {
    const social = socialSignInScreen(page);
    await login.open();
    await social.signInWith.click();
    await localIdpScreen(page).declineSignIn();

    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    const message = page.getByTestId("ui/message/4000001");
    await expect(message).toHaveRole("alert");
    await expect(message).toContainText('the OpenID Provider returned error "access_denied"');
    await expect(message).toContainText("The person declined to sign in at the Local IdP.");
    // Every way in is still there, the provider included.
    await expect(login.password).toBeVisible();
    await expect(social.signInWith).toBeVisible();
  });

  test("declining at the provider during sign-up brings the person back to sign-up with the reason and a way to retry", async ({
    page,
    registration,
  }) => {
    const social = socialSignInScreen(page);
    await registration.open();
    await social.signUpWith.click();
    await localIdpScreen(page).declineSignIn();

    await expect(page).toHaveURL(/\/registration\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
    await expect(page.getByTestId("ui/message/4000001")).toContainText('"access_denied"');
    // Kratos keeps only the way back to this provider in the flow, labelled "Continue".
    await expect(social.continue).toHaveAttribute("value", LOCAL_IDP.id);
    await social.continue.click();
    await localIdpScreen(page).expectOpen();
  });
});

test.describe("return_to through the provider", () => {
  const returnTo = "http://localhost:3000/?via=idp";

  test("signing in with the provider ends at return_to", async ({ page, account }) => {
    await createSocialIdentity(account.email);
    await socialSignInScreen(page).signInAtProvider({ email: account.email }, `?return_to=${encodeURIComponent(returnTo)}`);
    await expect(page).toHaveURL(returnTo);
    await expect(page.getByText(`You are signed in as ${account.email}.`)).toBeVisible();
  });

  test("signing up with the provider ends at return_to", async ({ page, account }) => {
    await socialSignInScreen(page).signUpAtProvider({ email: account.email }, `?return_to=${encodeURIComponent(returnTo)}`);
    await expect(page).toHaveURL(returnTo);
    expect(await identityByEmail(account.email)).toBeDefined();
  });
});
