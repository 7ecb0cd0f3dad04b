import { expect, test } from "./fixtures";
import { deleteAccountScreen } from "./screens/delete-account-screen";
import { activeSessions, getIdentity, identityByEmail, identityExists } from "./support/kratos-admin";
import { startExtraUi } from "./support/extra-ui";
import { KRATOS_ADMIN_URL, UI_URL } from "./support/urls";
import type { BrowserContext } from "@playwright/test";

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name.startsWith("ory_kratos_session"));
}

test.describe("leaving for good (ACCOUNT_DELETION=delete)", () => {
  test("from the danger zone, with a typed confirmation: the identity and its sessions are gone, and so is the cookie", async ({
    page,
    context,
    settings,
    login,
    existingAccount,
  }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const id = (await identityByEmail(existingAccount.email))!.id;
    await expect(page.getByRole("heading", { name: "Danger zone" })).toBeVisible();
    await page.getByRole("link", { name: "Delete my account" }).click();
    const leave = deleteAccountScreen(page);
    await leave.expectOpen();
    await expect(leave.form).toContainText(existingAccount.email);

    await leave.confirm.fill("someone-else@example.org");
    await leave.deleteForGood.click();
    await expect(leave.mismatch).toBeVisible();
    await expect(leave.confirm).toHaveAttribute("aria-invalid", "true");
    expect(await identityExists(id)).toBe(true);

    await leave.confirm.fill(existingAccount.email.toUpperCase());
    await leave.deleteForGood.click();
    await expect(page).toHaveURL(/\/goodbye\?mode=delete$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been deleted");
    expect(await identityExists(id)).toBe(false);
    expect(await sessionCookie(context)).toBeUndefined();

    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page.getByTestId("ui/message/4000006")).toBeVisible();
  });

  test("a post from another site is refused and changes nothing", async ({ page, settings, existingAccount }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const id = (await identityByEmail(existingAccount.email))!.id;
    await page.goto("/settings/delete");
    const leave = deleteAccountScreen(page);
    await leave.expectOpen();
    const actionField = await leave.actionField();

    // The browser's own cookies, a form another site could build: only the Origin differs.
    const answer = await page.request.post("/settings/delete", {
      headers: { origin: "https://attacker.example", "sec-fetch-site": "cross-site" },
      multipart: { [actionField]: "", confirm: existingAccount.email },
      maxRedirects: 0,
    });
    expect(answer.status()).toBeGreaterThanOrEqual(400);
    expect(await identityExists(id)).toBe(true);
    expect(await activeSessions(id)).toHaveLength(1);
  });

  test("on an older session, the person confirms it's them and comes back to finish", async ({
    page,
    login,
    settings,
    existingAccount,
  }) => {
    test.setTimeout(90_000);
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const id = (await identityByEmail(existingAccount.email))!.id;
    // A UI whose privileged window is one second, on the same stack; sessions are shared on localhost.
    const ui = await startExtraUi(3008, { KRATOS_ADMIN_URL, ACCOUNT_DELETION: "delete", PRIVILEGED_SESSION_MAX_AGE: "1s" });
    try {
      await expect
        .poll(async () => Date.now() - Date.parse((await activeSessions(id))[0]?.authenticated_at ?? ""), { timeout: 10_000 })
        .toBeGreaterThan(1_250);
      await page.goto(`${ui.url}/settings/delete`);
      await expect(page).toHaveURL(/\/login\?flow=/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it's you");
      await login.password.fill(existingAccount.password);
      await login.submit.click();
      // Kratos returns to the address it resolves return_to against: this stack's main UI.
      const leave = deleteAccountScreen(page);
      await leave.expectOpen(UI_URL);
      await leave.confirm.fill(existingAccount.email);
      await leave.deleteForGood.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been deleted");
      expect(await identityExists(id)).toBe(false);
    } finally {
      await ui.stop();
    }
  });
});

test.describe("closing instead of deleting (ACCOUNT_DELETION=deactivate), and leaving turned off", () => {
  test("the identity is kept but inactive, its sessions end, and Kratos refuses its sign-in", async ({
    page,
    context,
    login,
    settings,
    existingAccount,
  }) => {
    await settings.openSignedOut(existingAccount.email, existingAccount.password);
    const id = (await identityByEmail(existingAccount.email))!.id;
    const ui = await startExtraUi(3010, { KRATOS_ADMIN_URL, ACCOUNT_DELETION: "deactivate" });
    try {
      await page.goto(`${ui.url}/settings/delete`);
      const leave = deleteAccountScreen(page);
      await leave.expectOpen(ui.url);
      await expect(leave.heading).toHaveText("Close your account");
      await leave.confirm.fill(existingAccount.email);
      await leave.close.click();
      await expect(page).toHaveURL(`${ui.url}/goodbye?mode=deactivate`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been closed");
      expect((await getIdentity(id)).state).toBe("inactive");
      expect(await activeSessions(id)).toHaveLength(0);
      expect(await sessionCookie(context)).toBeUndefined();
    } finally {
      await ui.stop();
    }
    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page.getByTestId("error-details")).toContainText("This account was disabled.");
    expect(await activeSessions(id)).toHaveLength(0);
  });
});
