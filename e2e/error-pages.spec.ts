import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { UI_LOG } from "./support/ui-log";

test("Kratos's stored server errors keep their status, in our wording, with a reference and a way back", async ({ page }) => {
  const response = await page.goto("/error?id=stub:500");
  expect(response?.status()).toBe(500);
  // A server error's reason can name internal hosts: it goes to the log, not the page.
  await expect(page.getByTestId("ui/error/message")).toHaveText(/Something went wrong on our side/);
  await expect(page.locator("main")).not.toContainText("This is a stub error.");
  // Kratos answers the stub with a stored error of its own id: that is the reference, also in the log line.
  await expect(page.getByTestId("error-reference")).toHaveText(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  const reference = await page.getByTestId("error-reference").textContent();
  await expect
    .poll(async () =>
      (await readFile(UI_LOG, "utf8"))
        .split("\n")
        .some((line) => line.includes(`"reference":"${reference}"`) && line.includes("This is a stub error.")),
    )
    .toBe(true);
  await expect(page.getByRole("link", { name: "Go to the start page" })).toHaveAttribute("href", "/");
  await expect(page).toHaveTitle(/Something went wrong/);
});

test("an unknown error id is a 404 page, not a crash", async ({ page }) => {
  const response = await page.goto("/error?id=00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("ui/error/message")).toHaveText(/no longer available/);
});

test("an unknown page is a 404 with one h1", async ({ page }) => {
  const response = await page.goto("/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a return_to Kratos does not allow ends on a clear error page that names the reason and Kratos's error id", async ({ page }) => {
  await page.goto(`/login?return_to=${encodeURIComponent("https://not-allowed.example/")}`);
  await expect(page).toHaveURL(/\/error\?id=/);
  await expect(page.getByTestId("ui/error/message")).toContainText("not on this site's list of allowed addresses");
  await expect(page.getByTestId("error-details")).toContainText('Requested return_to URL "https://not-allowed.example/" is not allowed.');
  await expect(page.getByTestId("error-id")).toHaveText("self_service_flow_return_to_forbidden");
});

test("an error_description from the caller is only quoted, bounded and attributed, never shown as our message", async ({ page }) => {
  const spoof = `Your account was locked. Call +1 555 0100 to unlock it. ${"x".repeat(400)}`;
  const response = await page.goto(`/error?error=account_locked&error_description=${encodeURIComponent(spoof)}`);
  expect(response?.status()).toBe(400);
  await expect(page.getByTestId("ui/error/message")).toHaveText("An unexpected error occurred. Please try again.");
  const details = page.getByTestId("error-details");
  await expect(details).toContainText("We did not write it");
  const quoted = (await details.locator("q").textContent()) ?? "";
  expect(quoted.startsWith("Your account was locked.")).toBe(true);
  expect(quoted.length).toBeLessThanOrEqual(201);
});

for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
  test(`/error?error=${name} is an ordinary 400 page, not an empty reply`, async ({ request }) => {
    const response = await request.get(`/error?error=${name}`);
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("An unexpected error occurred");
  });
}
