import { expect, test } from "./fixtures";

test("Kratos's stored errors are shown with their status and a way back", async ({ page }) => {
  const response = await page.goto("/error?id=stub:500");
  expect(response?.status()).toBe(500);
  await expect(page.getByTestId("ui/error/message")).toHaveText("This is a stub error.");
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
