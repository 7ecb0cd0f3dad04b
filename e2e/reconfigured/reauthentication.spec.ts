import { expect, test } from "../fixtures";
import { activeSessions, getIdentity, identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { KRATOS_PUBLIC_URL } from "../support/urls";

const PRIVILEGED_FOR_MS = 2000;

/** Polls what Kratos records until the session is older than the privileged window: no fixed sleep. */
async function waitUntilPrivilegeLapses(identityId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const [session] = await activeSessions(identityId);
        return Date.now() - Date.parse(session?.authenticated_at ?? "");
      },
      { message: "the session never left its privileged window", timeout: 10_000 },
    )
    .toBeGreaterThan(PRIVILEGED_FOR_MS + 250);
}

test.describe("confirming it's you before a change", () => {
  test.beforeAll(() => setKratosConfig({ selfservice: { flows: { settings: { privileged_session_max_age: `${PRIVILEGED_FOR_MS}ms` } } } }));
  test.afterAll(() => resetKratosConfig());

  test("on an older session, other traits save at once; a new email address asks to sign in again, then is applied", async ({
    page,
    login,
    settings,
    profileAccount,
  }) => {
    await settings.openSignedOut(profileAccount.email, profileAccount.password);
    await waitUntilPrivilegeLapses(profileAccount.id);

    // Kratos only guards traits that identify the person (sign-in identifier, email addresses).
    await settings.website.fill("https://example.com/unguarded");
    await settings.saveProfile.click();
    await expect(settings.saved).toBeVisible();
    expect((await getIdentity(profileAccount.id)).traits).toMatchObject({ website: "https://example.com/unguarded" });

    const newEmail = profileAccount.email.replace("@", "-moved@");
    await settings.email.fill(newEmail);
    await settings.saveProfile.click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
    await expect(page.getByText(`Signed in as ${profileAccount.email}`)).toBeVisible();
    await expect(page.getByTestId("ui/message/1010003")).toBeVisible();
    await expect(login.form.locator('input[type="hidden"][name="identifier"]')).toHaveValue(profileAccount.email);
    const flowId = new URL(page.url()).searchParams.get("flow");
    const flow = (await (await page.request.get(`${KRATOS_PUBLIC_URL}/self-service/login/flows?id=${flowId}`)).json()) as {
      refresh: boolean;
    };
    expect(flow.refresh).toBe(true);
    expect((await getIdentity(profileAccount.id)).traits).toMatchObject({ email: profileAccount.email });

    await login.password.fill(profileAccount.password);
    await login.submit.click();
    await settings.expectOpen();
    await expect(settings.saved).toBeVisible();
    await expect(settings.email).toHaveValue(newEmail);
    const stored = await getIdentity(profileAccount.id);
    expect(stored.traits).toMatchObject({ email: newEmail, website: "https://example.com/unguarded" });
    expect(stored.credentials?.password?.identifiers).toEqual([newEmail]);
  });

  test("a new password on an older session is set after signing in again, and signs in from then on", async ({
    page,
    login,
    home,
    settings,
    profileAccount,
  }) => {
    await settings.openSignedOut(profileAccount.email, profileAccount.password);
    await waitUntilPrivilegeLapses(profileAccount.id);
    const newPassword = "Confirmed-Horse-Battery-5";
    await settings.password.fill(newPassword);
    await settings.savePassword.click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
    await login.password.fill(profileAccount.password);
    await login.submit.click();
    await settings.expectOpen();
    await expect(settings.saved).toBeVisible();
    await expect(settings.password).toHaveValue("");

    await page.goto("/");
    await home.signOut.click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await login.signIn(profileAccount.email, newPassword);
    await home.expectSignedInAs(profileAccount.email);
  });

  test("confirming as a different person (an edited identifier) applies nothing to either account", async ({
    page,
    login,
    settings,
    profileAccount,
    existingAccount,
  }) => {
    await settings.openSignedOut(profileAccount.email, profileAccount.password);
    await waitUntilPrivilegeLapses(profileAccount.id);
    const newEmail = profileAccount.email.replace("@", "-taken-over@");
    await settings.email.fill(newEmail);
    await settings.saveProfile.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");

    // Kratos's own test types another person's identifier into the confirmation form.
    await login.form
      .locator('input[name="identifier"]')
      .evaluate((input, email) => ((input as HTMLInputElement).value = email), existingAccount.email);
    await login.password.fill(existingAccount.password);
    await login.submit.click();
    await expect(page).not.toHaveURL(/\/login\?flow=/);

    expect((await getIdentity(profileAccount.id)).traits).toMatchObject({ email: profileAccount.email });
    const other = (await identityByEmail(existingAccount.email))!;
    expect(other.traits).toMatchObject({ email: existingAccount.email });
    expect(await identityByEmail(newEmail)).toBeUndefined();
  });
});
