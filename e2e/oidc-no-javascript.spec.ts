import { expect, test } from "./fixtures";
import { localIdpScreen } from "./screens/local-idp-screen";
import { socialSignInScreen } from "./screens/social-sign-in-screen";
import { watchCspViolations } from "./support/csp-violations";
import { identityByEmail } from "./support/kratos-admin";
import { LOCAL_IDP, storedSignInMethods } from "./support/local-idp";

test.use({ javaScriptEnabled: false });

test("social sign-up and sign-in work without JavaScript: the CSP lets the form post continue to the provider", async ({
  page,
  home,
  account,
}) => {
  const social = socialSignInScreen(page);
  const violations = watchCspViolations(page);
  const response = await page.goto("/registration");
  await expect(page).toHaveURL(/\/registration\?flow=/);
  // The form posts to Kratos, which answers with a redirect to the provider; browsers check that redirect against form-action.
  const formAction = /form-action ([^;]+)/.exec(response?.headers()["content-security-policy"] ?? "")?.[1]?.split(" ");
  expect(formAction).toContain(LOCAL_IDP.origin);

  await social.signUpWith.click();
  await localIdpScreen(page).signIn({ email: account.email });
  await home.expectSignedInAs(account.email);
  const identity = await identityByEmail(account.email);
  expect((await storedSignInMethods(identity!.id)).linked).toEqual([{ provider: LOCAL_IDP.id, subject: account.email }]);

  await social.signOutHereAndAtProvider();
  await social.signInAtProvider({ email: account.email });
  await home.expectSignedInAs(account.email);
  await expect(page.getByTestId("session-methods")).toHaveText("Social sign-in");
  expect(violations).toEqual([]);
});

test("without the provider in form-action, the browser stops the form at Kratos's redirect", async ({ page, registration }) => {
  const social = socialSignInScreen(page);
  const violations = watchCspViolations(page);
  await registration.open();
  // The same page again, exactly as served but without the provider's origin in its policy.
  await page.route(page.url(), async (route) => {
    const response = await route.fetch();
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy).toContain(` ${LOCAL_IDP.origin}`);
    await route.fulfill({
      response,
      headers: { ...response.headers(), "content-security-policy": policy.replace(` ${LOCAL_IDP.origin}`, "") },
    });
  });
  await page.reload();
  await social.signUpWith.click();

  await expect.poll(() => violations.join("\n")).toContain("form-action");
  await expect(page).toHaveURL(/\/registration\?flow=/);
  await expect(social.signUpWith).toBeVisible();
});

test("without JavaScript, a missing email is typed on the sign-up page and a declined sign-in is explained", async ({
  page,
  login,
  home,
  account,
}) => {
  const social = socialSignInScreen(page);
  await login.open();
  await social.signInWith.click();
  await localIdpScreen(page).declineSignIn();
  await expect(page.getByTestId("ui/message/4000001")).toContainText('"access_denied"');

  await social.signUpAtProvider({ email: account.email, shareEmail: false });
  await expect(social.form.getByTestId("ui/message/4000002")).toBeVisible();
  await social.form.getByRole("textbox", { name: "Email" }).fill(account.email);
  await social.continue.click();
  await home.expectSignedInAs(account.email);
});
