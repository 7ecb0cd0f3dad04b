import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { identityByEmail } from "../support/kratos-admin";
import { resetKratosConfig, setKratosConfig } from "../support/kratos-config";
import { codeFrom } from "../support/mail";
import { KRATOS_PUBLIC_URL } from "../support/urls";

// Long enough to ask for the mail, short enough to outwait.
const LIFESPAN = "6s";

test.describe("recovery and verification flows that expire while the mail is read", () => {
  test.beforeAll(() =>
    setKratosConfig({ selfservice: { flows: { recovery: { lifespan: LIFESPAN }, verification: { lifespan: LIFESPAN } } } }),
  );
  test.afterAll(() => resetKratosConfig());

  test("a recovery code entered too late explains it on a fresh flow; the old address restarts cleanly", async ({
    page,
    recovery,
    existingAccount,
  }) => {
    await recovery.open();
    const sentMail = await recovery.requestMail(existingAccount.email);
    const expiredUrl = page.url();
    const expiredId = flowIdOf(expiredUrl);
    const mail = await sentMail();
    await waitUntilExpired(page.request, "recovery", expiredId);

    await recovery.enterCode(codeFrom(mail));
    await expect(page.getByTestId("ui/message/4060005")).toContainText("The recovery flow expired");
    await expect(recovery.heading).toHaveText("Recover your account");
    await expect(recovery.email).toBeEditable();
    expect(flowIdOf(page.url())).not.toBe(expiredId);

    await page.goto(expiredUrl);
    await expect(recovery.heading).toHaveText("Recover your account");
    await expect(page.locator('[data-testid^="ui/message/"]')).toHaveCount(0);
    expect(flowIdOf(page.url())).not.toBe(expiredId);
  });

  test("a verification code entered too late explains it on a fresh flow and verifies nothing", async ({
    page,
    verification,
    existingAccount,
  }) => {
    await verification.open();
    const sentMail = await verification.requestMail(existingAccount.email);
    const expiredId = flowIdOf(page.url());
    const mail = await sentMail();
    await waitUntilExpired(page.request, "verification", expiredId);

    await verification.enterCode(codeFrom(mail));
    await expect(page.getByTestId("ui/message/4070005")).toContainText("The verification flow expired");
    await expect(verification.heading).toHaveText("Verify your email address");
    await expect(verification.email).toBeEditable();
    expect(flowIdOf(page.url())).not.toBe(expiredId);
    const identity = await identityByEmail(existingAccount.email);
    expect(identity?.verifiable_addresses?.[0]).toMatchObject({ verified: false });
  });
});

function flowIdOf(url: string): string {
  const id = new URL(url).searchParams.get("flow");
  if (!id) throw new Error(`no flow id in ${url}`);
  return id;
}

/** Polls Kratos (with the browser's cookies) until it reports the flow as expired. */
async function waitUntilExpired(request: APIRequestContext, kind: "recovery" | "verification", flowId: string): Promise<void> {
  await expect
    .poll(async () => (await request.get(`${KRATOS_PUBLIC_URL}/self-service/${kind}/flows?id=${flowId}`)).status(), {
      timeout: 15_000,
    })
    .toBe(410);
}
