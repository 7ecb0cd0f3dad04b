import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import { expect, test } from "./fixtures";
import { secondStepScreen } from "./screens/second-step-screen";
import { twoFactorSettingsScreen } from "./screens/two-factor-settings-screen";
import { activeSessions, getIdentity, identityByEmail } from "./support/kratos-admin";
import { enrolSecondFactors } from "./support/second-factor";
import { UI_URL } from "./support/urls";

async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), "utf8");
}

test.describe("recovery codes", () => {
  test("new codes are shown as text, can be copied and downloaded, and count only once confirmed", async ({
    page,
    context,
    settings,
    existingAccount,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const twoFactor = twoFactorSettingsScreen(page);
    await expect(twoFactor.codes).toHaveAccessibleDescription("One-time recovery codes for when you cannot use your second step.");
    await expect(twoFactor.codesStatus).toHaveText("Not set up");
    await twoFactor.generateCodes.click();

    await expect(page.getByTestId("node/text/lookup_secret_codes/label")).toHaveText(
      "These are your back up recovery codes. Please keep them in a safe place!",
    );
    const codes = await twoFactor.shownCodes();
    expect(codes).toHaveLength(12);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{8}$/);

    await twoFactor.copyCodes.click();
    await expect(twoFactor.codes.getByText("Copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join("\n"));

    await expect(twoFactor.downloadCodes).toHaveAttribute("download", "recovery-codes.txt");
    const [download] = await Promise.all([page.waitForEvent("download"), twoFactor.downloadCodes.click()]);
    expect(download.suggestedFilename()).toBe("recovery-codes.txt");
    const file = await downloadedText(download);
    expect(file).toContain("Recovery codes for your account.");
    expect(file.trim().split("\n").slice(-12)).toEqual(codes);

    const identity = (await identityByEmail(existingAccount.email))!;
    expect((await getIdentity(identity.id)).credentials?.lookup_secret).toBeUndefined();
    await twoFactor.confirmCodes.click();
    await expect(twoFactor.saved).toHaveText("Your changes have been saved!");
    await expect(twoFactor.codesStatus).toHaveText("Set up");
    await expect(twoFactor.revealCodes).toBeVisible();
    await expect(twoFactor.codeList).toHaveCount(0);
    expect((await getIdentity(identity.id)).credentials?.lookup_secret).toBeDefined();

    await page.goto("/");
    await expect(page.getByTestId("home-method-lookup_secret")).toHaveText("Set up");
  });

  test("a code signs in once: an invalid one is refused, a used one is refused and shown as used", async ({
    page,
    login,
    home,
    existingAccount,
  }) => {
    const { recoveryCodes } = await enrolSecondFactors(existingAccount);
    const [firstCode] = recoveryCodes;
    const secondStep = secondStepScreen(page);
    await secondStep.reachFromPassword(existingAccount, "?return_to=" + encodeURIComponent(`${UI_URL}/settings`));

    await secondStep.enterRecoveryCode("not-a-code");
    await expect(page.getByTestId("ui/message/4000016")).toHaveText("The backup recovery code is not valid.");
    await secondStep.enterRecoveryCode(firstCode!);
    await expect(page).toHaveURL(/\/settings\?flow=/);
    const identityId = (await identityByEmail(existingAccount.email))!.id;
    const [session] = await activeSessions(identityId);
    expect(session?.authenticator_assurance_level).toBe("aal2");
    expect(session?.authentication_methods?.map((method) => method.method)).toEqual(["password", "lookup_secret"]);

    const twoFactor = twoFactorSettingsScreen(page);
    await twoFactor.revealCodes.click();
    const entries = twoFactor.codeList.getByRole("listitem");
    await expect(entries).toHaveCount(12);
    await expect(entries.first()).toHaveText(/^Used on .+ UTC$/);
    // Kratos's hook: every entry, used or not, is a <code> in the list; the used one is struck through.
    await expect(twoFactor.codeList.locator("code")).toHaveCount(12);
    await expect(entries.first().locator("del code")).toHaveText(/^Used on .+ UTC$/);
    expect(await twoFactor.shownCodes()).toEqual(recoveryCodes.slice(1));
    const [download] = await Promise.all([page.waitForEvent("download"), twoFactor.downloadCodes.click()]);
    expect(await downloadedText(download)).not.toContain(firstCode);

    await page.goto("/");
    await home.signOut.click();
    await login.signIn(existingAccount.email, existingAccount.password);
    await secondStep.enterRecoveryCode(firstCode!);
    await expect(page.getByTestId("ui/message/4000012")).toHaveText("This backup recovery code has already been used.");
    await secondStep.enterRecoveryCode(recoveryCodes[1]!);
    await home.expectSignedInAs(existingAccount.email);
  });

  test("disabling removes the codes from the account", async ({ page, login, existingAccount }) => {
    const { recoveryCodes } = await enrolSecondFactors(existingAccount);
    await login.open("?return_to=" + encodeURIComponent(`${UI_URL}/settings`));
    await login.signIn(existingAccount.email, existingAccount.password);
    await secondStepScreen(page).enterRecoveryCode(recoveryCodes[0]!);
    const twoFactor = twoFactorSettingsScreen(page);
    await twoFactor.disableCodes.click();
    await expect(twoFactor.saved).toBeVisible();
    await expect(twoFactor.codesStatus).toHaveText("Not set up");
    await expect(twoFactor.generateCodes).toBeVisible();
    const identity = await getIdentity((await identityByEmail(existingAccount.email))!.id);
    expect(identity.credentials?.lookup_secret).toBeUndefined();
    expect(identity.credentials?.totp).toBeDefined();
  });
});

test.describe("recovery codes without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("codes can still be generated, downloaded as a file and confirmed; no copy button pretends to work", async ({
    page,
    settings,
    existingAccount,
  }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const twoFactor = twoFactorSettingsScreen(page);
    await expect(twoFactor.secret).toBeVisible();
    await expect(twoFactor.copySecret).toHaveCount(0);
    await twoFactor.generateCodes.click();
    const codes = await twoFactor.shownCodes();
    expect(codes).toHaveLength(12);
    await expect(twoFactor.copyCodes).toHaveCount(0);
    const [download] = await Promise.all([page.waitForEvent("download"), twoFactor.downloadCodes.click()]);
    expect((await downloadedText(download)).trim().split("\n").slice(-12)).toEqual(codes);
    await twoFactor.confirmCodes.click();
    await expect(twoFactor.saved).toBeVisible();
    expect((await getIdentity((await identityByEmail(existingAccount.email))!.id)).credentials?.lookup_secret).toBeDefined();
  });
});
