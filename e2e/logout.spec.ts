import { expect, test } from "./fixtures";
import { activeSessions, identityByEmail } from "./support/kratos-admin";

test("another site cannot sign someone out by linking to /logout", async ({ page, login, home, existingAccount }) => {
  await login.open();
  await login.signIn(existingAccount.email, existingAccount.password);
  await home.expectSignedInAs(existingAccount.email);

  // A page on a foreign origin that links to our logout page.
  await page.route("http://attacker.example/", (route) =>
    route.fulfill({ contentType: "text/html", body: '<a href="http://localhost:3000/logout">win a prize</a>' }),
  );
  await page.goto("http://attacker.example/");
  await page.getByRole("link", { name: "win a prize" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign out");
  await expect(page.getByText("Do you want to sign out of your account?")).toBeVisible();
  const identity = await identityByEmail(existingAccount.email);
  expect(await activeSessions(identity!.id)).toHaveLength(1);

  // The person can still choose to sign out from there.
  await page.getByRole("link", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  expect(await activeSessions(identity!.id)).toHaveLength(0);
});

test("/logout without a session says so", async ({ page }) => {
  await page.goto("/logout");
  await expect(page.getByText("You are not signed in.")).toBeVisible();
});
