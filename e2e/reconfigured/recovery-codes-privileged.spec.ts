import { expect, test } from "../fixtures";
import { secondStepScreen } from "../screens/second-step-screen";
import { twoFactorSettingsScreen } from "../screens/two-factor-settings-screen";
import { activeSessions, identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { enrolSecondFactors } from "../support/second-factor";
import { UI_URL } from "../support/urls";

const PRIVILEGED_FOR_MS = 2000;

test.describe("revealing recovery codes later", () => {
  test.beforeAll(() => setKratosConfig({ selfservice: { flows: { settings: { privileged_session_max_age: `${PRIVILEGED_FOR_MS}ms` } } } }));
  test.afterAll(() => resetKratosConfig());

  test("on an older session asks to confirm it's you first, then shows the codes", async ({ page, login, existingAccount }) => {
    const { totpSecret, recoveryCodes } = await enrolSecondFactors(existingAccount);
    await login.open("?return_to=" + encodeURIComponent(`${UI_URL}/settings`));
    await login.signIn(existingAccount.email, existingAccount.password);
    await secondStepScreen(page).completeWithApp(totpSecret);
    await expect(page).toHaveURL(/\/settings\?flow=/);

    // Polls what Kratos records until the session is older than the privileged window: no fixed sleep.
    const identityId = (await identityByEmail(existingAccount.email))!.id;
    await expect
      .poll(async () => Date.now() - Date.parse((await activeSessions(identityId))[0]?.authenticated_at ?? ""), { timeout: 10_000 })
      .toBeGreaterThan(PRIVILEGED_FOR_MS + 250);

    const twoFactor = twoFactorSettingsScreen(page);
    await twoFactor.revealCodes.click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
    await expect(page.getByText(`Signed in as ${existingAccount.email}`)).toBeVisible();
    await expect(twoFactor.codeList).toHaveCount(0);

    await login.password.fill(existingAccount.password);
    await login.submit.click();
    await expect(page).toHaveURL(/\/settings\?flow=/);
    expect(await twoFactor.shownCodes()).toEqual(recoveryCodes);
  });
});
