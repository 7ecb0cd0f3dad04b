import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { newAccount } from "./support/accounts";
import { activeSessions, identityByEmail } from "./support/kratos-admin";
import { codeFrom, courierMessages, findMails, SUBJECTS, waitForMail } from "./support/mail";
import { KRATOS_PUBLIC_URL } from "./support/urls";

const NEW_PASSWORD = "Another-Horse-Battery-7";

test.describe("account recovery by code", () => {
  test("a code from the mail signs the person in on settings, where a new password works for the next sign-in", async ({
    page,
    recovery,
    login,
    home,
    existingAccount,
  }) => {
    await recovery.open();
    const sentMail = await recovery.requestMail(existingAccount.email);
    await expect(page.getByTestId("ui/message/1060003")).toContainText("An email containing a recovery code has been sent");
    await expect(recovery.code).toBeVisible();

    const mail = await sentMail();
    await recovery.enterCode(codeFrom(mail));

    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expect(page.getByTestId("ui/message/1060001")).toContainText("You successfully recovered your account.");
    const identity = await identityByEmail(existingAccount.email);
    expect(await activeSessions(identity!.id)).toHaveLength(1);

    const passwordForm = page.getByRole("form", { name: "Password" });
    await passwordForm.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
    await passwordForm.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("ui/message/1050001")).toBeVisible();

    await page.goto("/");
    await home.signOut.click();
    await home.expectSignedOut();

    await login.open();
    await login.signIn(existingAccount.email, existingAccount.password);
    await expect(page.getByTestId("ui/message/4000006")).toBeVisible();
    await login.signIn(existingAccount.email, NEW_PASSWORD);
    await home.expectSignedInAs(existingAccount.email);
  });

  test("a wrong code shows Kratos's message and the right code still works", async ({ page, recovery, existingAccount }) => {
    await recovery.open();
    const sentMail = await recovery.requestMail(existingAccount.email);
    const mail = await sentMail();

    await recovery.enterCode(wrongCode(codeFrom(mail)));
    await expect(page.getByTestId("ui/message/4060006")).toHaveText(
      "The recovery code is invalid or has already been used. Please try again.",
    );
    await expect(recovery.heading).toHaveText("Check your email");

    await recovery.enterCode(codeFrom(mail));
    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expect(page.getByTestId("ui/message/1060001")).toBeVisible();
  });

  test("five wrong codes are refused one by one, the sixth try asks for a new code", async ({ page, recovery, existingAccount }) => {
    await recovery.open();
    const sentMail = await recovery.requestMail(existingAccount.email);
    const flowId = new URL(page.url()).searchParams.get("flow");
    const wrong = wrongCode(codeFrom(await sentMail()));

    for (let attempt = 1; attempt <= 5; attempt++) {
      await recovery.enterCode(wrong);
      // The field comes back empty only once Kratos has answered this attempt.
      await expect(recovery.code).toHaveValue("");
      await expect(page.getByTestId("ui/message/4060006")).toBeVisible();
    }

    await recovery.enterCode(wrong);
    await expect(page.getByTestId("ui/message/4000001")).toHaveText("The request was submitted too often. Please request another code.");
    await expect(recovery.heading).toHaveText("Recover your account");
    await expect(recovery.email).toBeVisible();
    expect(new URL(page.url()).searchParams.get("flow")).not.toBe(flowId);
  });

  test("an unknown address gets the same answer as a known one, and nobody is mailed", async ({ page, recovery, existingAccount }) => {
    const unknown = newAccount().email;
    const since = new Date();

    await recovery.open();
    await recovery.requestMail(unknown);
    const unknownAnswer = await visibleAnswer(page);

    await recovery.open();
    await recovery.requestMail(existingAccount.email);
    expect(await visibleAnswer(page)).toEqual(unknownAnswer);
    expect(unknownAnswer.messages).toEqual([expect.stringContaining("An email containing a recovery code has been sent")]);
    expect(unknownAnswer.fields).toEqual(["Recovery code"]);

    // The courier sends in the order mails were queued: once the later mail to
    // the known address has arrived, a mail to the unknown one would have too.
    await waitForMail({ to: existingAccount.email, subject: SUBJECTS.recovery, after: since });
    expect(await findMails({ to: unknown })).toEqual([]);
    expect(await courierMessages(unknown)).toEqual([]);
  });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled });

      test("resending sends a new mail whose code lands on settings", async ({ page, recovery, existingAccount }) => {
        const code = await recovery.resentCode(existingAccount.email);
        await expect(page.getByTestId("ui/message/1060003")).toBeVisible();
        await recovery.enterCode(code);
        await expect(page).toHaveURL(/\/settings\?flow=/);
        await expect(page.getByTestId("ui/message/1060001")).toBeVisible();
      });
    });
  }

  test("the way back leads to sign-in and keeps return_to", async ({ page, recovery }) => {
    const returnTo = "http://localhost:3000/?after=recovery";
    await recovery.open(`?return_to=${encodeURIComponent(returnTo)}`);
    await page.getByRole("link", { name: "Back to sign in" }).click();
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    const flowId = new URL(page.url()).searchParams.get("flow");
    const flow = await page.request.get(`${KRATOS_PUBLIC_URL}/self-service/login/flows?id=${flowId}`);
    expect((await flow.json()) as { return_to?: string }).toMatchObject({ return_to: returnTo });
  });
});

/** A 6-digit code that is certainly not the right one. */
function wrongCode(right: string): string {
  return right === "000000" ? "111111" : "000000";
}

/** What the person sees: heading, messages, field labels and buttons. */
async function visibleAnswer(page: Page) {
  const form = page.getByRole("form");
  return {
    heading: await page.getByRole("heading", { level: 1 }).textContent(),
    messages: await page.locator('[data-testid^="ui/message/"]').allTextContents(),
    fields: await form.locator("label").allTextContents(),
    buttons: await form.getByRole("button").allTextContents(),
  };
}
