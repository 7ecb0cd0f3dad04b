import { expect, test } from "../fixtures";
import { activeSessions, identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { linkFrom } from "../support/mail";

test.describe("recovery and verification by link (flows.*.use: link)", () => {
  test.beforeAll(() => setKratosConfig({ selfservice: { flows: { recovery: { use: "link" }, verification: { use: "link" } } } }));
  test.afterAll(() => resetKratosConfig());

  test("the recovery link in the mail lands the person signed in on settings", async ({ page, recovery, existingAccount }) => {
    await recovery.open();
    await expect(page.getByText("We will send you a link")).toBeVisible();
    const sentMail = await recovery.requestMail(existingAccount.email);
    await expect(page.getByTestId("ui/message/1060002")).toContainText("An email containing a recovery link has been sent");
    await expect(page.getByText("Open the link in the email we sent you.")).toBeVisible();

    const mail = await sentMail();
    await page.goto(linkFrom(mail));
    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expect(page.getByTestId("ui/message/1060001")).toContainText("You successfully recovered your account.");
    const identity = await identityByEmail(existingAccount.email);
    expect(await activeSessions(identity!.id)).toHaveLength(1);
  });

  test("the verification link in the mail verifies the address", async ({ page, verification, existingAccount }) => {
    await verification.open();
    await expect(page.getByText("we will send you a link")).toBeVisible();
    const sentMail = await verification.requestMail(existingAccount.email);
    await expect(page.getByTestId("ui/message/1080001")).toContainText("An email containing a verification link has been sent");

    const mail = await sentMail();
    await page.goto(linkFrom(mail));
    await verification.expectVerified();
    const identity = await identityByEmail(existingAccount.email);
    expect(identity?.verifiable_addresses?.[0]).toMatchObject({ verified: true, status: "completed" });
  });
});
