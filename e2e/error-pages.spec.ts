import { expect, test } from "./fixtures";

test("Kratos's stored server errors keep their status, in our wording, with a reference and a way back", async ({ page }) => {
  const response = await page.goto("/error?id=stub:500");
  expect(response?.status()).toBe(500);
  // A server error's reason can name internal hosts: it goes to the log, not the page.
  await expect(page.getByTestId("ui/error/message")).toHaveText(/Something went wrong on our side/);
  await expect(page.locator("main")).not.toContainText("This is a stub error.");
  await expect(page.getByTestId("error-reference")).toHaveText("stub:500");
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

test("a return_to Kratos does not allow ends on a clear error page", async ({ page }) => {
  await page.goto(`/login?return_to=${encodeURIComponent("https://not-allowed.example/")}`);
  await expect(page).toHaveURL(/\/error\?id=/);
  await expect(page.getByTestId("ui/error/message")).toContainText("not allowed");
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
