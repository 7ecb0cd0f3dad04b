import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { KRATOS_ADMIN_URL } from "./support/kratos-admin";
import { accessLogLine, UI_LOG } from "./support/ui-log";

/** The newest recovery code Kratos's courier holds for an address (the admin API shows bodies with --dev). */
async function recoveryCode(email: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const response = await fetch(`${KRATOS_ADMIN_URL}/admin/courier/messages?recipient=${encodeURIComponent(email)}`);
      const messages = (await response.json()) as { body: string; template_type: string }[];
      code = /\b(\d{6})\b/.exec(messages.find((message) => message.template_type === "recovery_code_valid")?.body ?? "")?.[1];
      return code;
    })
    .toBeTruthy();
  return code!;
}

test("the UI's log has a line per request but no passwords, cookies, tokens, codes or CSRF tokens", async ({
  page,
  registration,
  login,
  home,
  recovery,
  account,
}) => {
  // Sign-up, sign-in, recovery by mail and settings, each read back from the log.
  test.slow();
  const secrets: string[] = [account.password];
  const remember = async () => {
    for (const cookie of await page.context().cookies()) secrets.push(cookie.value);
    const csrfTokens = await page
      .locator('input[name="csrf_token"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    secrets.push(...csrfTokens);
    const flow = new URL(page.url()).searchParams.get("flow");
    if (flow) secrets.push(flow);
  };

  await registration.open();
  await remember();
  await registration.signUp(account.email, account.password);
  await home.expectSignedInAs(account.email);
  await remember();
  await home.signOut.click();
  await login.open();
  await remember();
  await login.signIn(account.email, account.password);
  await home.expectSignedInAs(account.email);
  await remember();
  await home.signOut.click();

  await recovery.open();
  await remember();
  await recovery.requestMail(account.email);
  const code = await recoveryCode(account.email);
  secrets.push(code);
  await recovery.enterCode(code);
  await expect(page).toHaveURL(/\/settings\?flow=/);
  await remember();

  await accessLogLine((await page.request.get("/health/alive")).headers()["x-request-id"]!);
  const log = await readFile(UI_LOG, "utf8");
  const lines = log.split("\n").filter((line) => line.startsWith("{"));
  expect(lines.some((line) => JSON.parse(line).path === "/recovery")).toBe(true);
  for (const secret of new Set(secrets.filter((value) => value.length >= 6))) {
    expect(log.includes(secret), `the log contains a secret (${secret.slice(0, 3)}…)`).toBe(false);
  }
});
