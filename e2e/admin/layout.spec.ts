import { expect, test } from "../fixtures";
import { adminScreen } from "../screens/admin-screen";
import { signInAsNewAdmin } from "../support/admins";

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the header lines up with the admin area's frame at ${viewport.width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await signInAsNewAdmin(page);
    await adminScreen(page).expectOpen();
    const frame = (await page.getByRole("region", { name: "Identities" }).boundingBox())!;
    const brand = (await page.getByTestId("brand").boundingBox())!;
    const languageMenu = (await page.getByRole("navigation", { name: "Language" }).boundingBox())!;
    expect(Math.abs(brand.x - frame.x), "left edges").toBeLessThanOrEqual(1);
    expect(Math.abs(languageMenu.x + languageMenu.width - (frame.x + frame.width)), "right edges").toBeLessThanOrEqual(1);
    await page.screenshot({ path: testInfo.outputPath(`admin-${viewport.width}.png`), fullPage: true });
  });
}
