import { expect, test } from "./fixtures";
import { localIdpScreen } from "./screens/local-idp-screen";
import { socialSignInScreen } from "./screens/social-sign-in-screen";
import { LOCAL_IDP } from "./support/local-idp";
import { signInSomeoneElse } from "./support/someone-else";
import { KRATOS_PUBLIC_URL, UI_URL } from "./support/urls";

test.describe("what the person sees when Kratos refuses", () => {
  test("security_csrf_violation with a stale CSRF cookie starts a fresh flow", async ({ page, login, existingAccount }) => {
    await login.open();
    const staleId = new URL(page.url()).searchParams.get("flow");
    const csrf = (await page.context().cookies()).find((cookie) => cookie.name.startsWith("csrf_token"))!;
    await page.context().addCookies([{ ...csrf, value: "dGFtcGVyZWQtY3NyZi1jb29raWUtdmFsdWU=" }]);

    await page.goto(`/login?flow=${staleId}`);
    await expect(page).toHaveURL(/\/login\?flow=/);
    expect(new URL(page.url()).searchParams.get("flow")).not.toBe(staleId);
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page.getByText(`You are signed in as ${existingAccount.email}.`)).toBeVisible();
  });

  test("security_csrf_violation without any CSRF cookie explains that cookies are needed, with 403", async ({ page, login }) => {
    await login.open();
    const flowId = new URL(page.url()).searchParams.get("flow");
    await page.context().clearCookies();
    const response = await page.goto(`/login?flow=${flowId}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("ui/error/message")).toContainText("allow cookies");
  });

  test("security_identity_mismatch: another account's settings link gives this person their own settings", async ({
    browser,
    login,
    page,
    existingAccount,
  }) => {
    // Two people sign in, in two browsers.
    test.slow();
    await login.open("?return_to=" + encodeURIComponent(`${UI_URL}/settings`));
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page).toHaveURL(/\/settings\?flow=/);
    const foreignSettings = page.url();

    const { context: other, page: otherPage, account: someoneElse } = await signInSomeoneElse(browser);

    await otherPage.goto(foreignSettings);
    await expect(otherPage).toHaveURL(/\/settings\?flow=/);
    expect(otherPage.url()).not.toBe(foreignSettings);
    await expect(otherPage.getByRole("form", { name: "Profile" }).getByLabel("Email")).toHaveValue(someoneElse.email);
    await other.close();
  });

  test("session_already_available: signing up while signed in leads home instead of an error", async ({
    page,
    login,
    home,
    existingAccount,
  }) => {
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await home.expectSignedInAs(existingAccount.email);
    await page.goto("/registration");
    await home.expectSignedInAs(existingAccount.email);
  });

  test("session_aal1_required: asking for a second factor without a session explains it, with 401, and leads to sign-in", async ({
    page,
    login,
  }) => {
    await page.goto("/login?aal=aal2");
    await expect(page).toHaveURL(/\/error\?id=/);
    const stored = await page.request.get(`/error?id=${new URL(page.url()).searchParams.get("id")}`);
    expect(stored.status()).toBe(401);
    await expect(page.getByTestId("ui/error/message")).toHaveText(
      "Please sign in first. A second sign-in step can only be asked for once you are signed in.",
    );
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(login.submit).toBeVisible();
  });

  // Kratos answers 422 browser_location_change_required only to JSON clients
  // (x.IsJSONRequest in every place that raises it). This UI posts its forms natively,
  // so the same step reaches it as a plain redirect: shown here with the real Kratos.
  test("browser_location_change_required goes to JSON clients only; the page's own form is simply redirected", async ({ page, login }) => {
    await login.open();
    const flowId = new URL(page.url()).searchParams.get("flow")!;
    const flow = await (await page.request.get(`${KRATOS_PUBLIC_URL}/self-service/login/flows?id=${flowId}`)).json();
    const csrf = flow.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === "csrf_token").attributes.value;
    const asJson = await page.request.post(flow.ui.action, {
      headers: { Accept: "application/json" },
      form: { csrf_token: csrf, method: "oidc", provider: LOCAL_IDP.id },
      maxRedirects: 0,
    });
    expect(asJson.status()).toBe(422);
    const answer = await asJson.json();
    expect(answer.error.id).toBe("browser_location_change_required");
    expect(answer.redirect_browser_to).toMatch(new RegExp(`^${LOCAL_IDP.origin}/`));

    await socialSignInScreen(page).signInWith.click();
    await localIdpScreen(page).expectOpen();
  });

  test("OAuth2-style errors quote the provider's description as plain text, with the error's status", async ({ page }) => {
    const response = await page.goto(`/error?error=access_denied&error_description=${encodeURIComponent("The user <b>denied</b> access")}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("ui/error/message")).toHaveText("The app was not given access to your account.");
    await expect(page.getByTestId("error-details").locator("q")).toHaveText("The user <b>denied</b> access");
    await expect(page.locator("b", { hasText: "denied" })).toHaveCount(0);
  });
});
