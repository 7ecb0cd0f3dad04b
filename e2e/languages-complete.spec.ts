import { expect, test } from "./fixtures";
import { englishLeaks, readableText } from "./support/english-leaks";
import { LANGUAGE_COOKIE } from "../lib/i18n/choose-locale";
import { SCENES } from "../scripts/lib/screenshots/scenes";

// Every page the screenshots show, reached in English as a person reaches it, then shown
// again in each other language (as the language menu does): not one English phrase of
// the catalogue may remain, in the visible text, the title or what screen readers read.
for (const scene of SCENES) {
  test(`${scene.name}: no English left in German, French, Spanish or Arabic`, async ({ page, context }) => {
    await scene.reach(page);
    for (const language of ["de", "fr", "es", "ar"] as const) {
      await context.addCookies([{ name: LANGUAGE_COOKIE, value: language, url: page.url() }]);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      expect(englishLeaks(await readableText(page), language), `${language} ${page.url()}`).toEqual([]);
    }
  });
}
