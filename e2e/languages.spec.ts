import type { Page } from "@playwright/test";
import { de } from "../lib/i18n/locales/de";
import { expect, test } from "./fixtures";
import { identityByEmail } from "./support/kratos-admin";
import { codeFrom, waitForMail } from "./support/mail";

/** Nothing of the page's own words in English: a few sentences that would leak first. */
async function expectNoEnglish(page: Page): Promise<void> {
  const text = (await page.locator("body").innerText()).toLowerCase();
  for (const english of ["sign in", "password", "create an account", "email", "recover your account", "settings", "save"]) {
    expect(text, `"${english}" on ${page.url()}`).not.toContain(english);
  }
}

test.describe("in German, as the browser asks (Accept-Language: de-DE)", () => {
  test.use({ locale: "de-DE" });

  test("sign up, a wrong password, recovery and settings all speak German", async ({ page, account }) => {
    // A whole journey (sign-up, refusal, recovery by mail, settings, sessions) on one page.
    test.slow();
    await page.goto("/registration");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page).toHaveTitle(`${de.ui["registration.title"]} · ${de.ui["app.name"]}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konto erstellen");
    await expectNoEnglish(page);
    const signUp = page.getByRole("form", { name: "Passwort" });
    // The mails' language is the page's until the person picks another.
    await expect(signUp.getByLabel(de.traits["traits.locale"])).toHaveValue("de");
    await signUp.getByLabel("E-Mail-Adresse").fill(account.email);
    await signUp.getByLabel("Passwort", { exact: true }).fill(account.password);
    await signUp.getByRole("button", { name: "Konto erstellen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.ui["home.title"]);
    expect((await identityByEmail(account.email))?.traits).toMatchObject({ email: account.email, locale: "de" });
    await page.getByRole("link", { name: de.ui["home.signOut"] }).click();

    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmelden");
    const signIn = page.getByRole("form", { name: "Passwort" });
    await signIn.getByLabel("E-Mail-Adresse").fill(account.email);
    await signIn.getByLabel("Passwort", { exact: true }).fill("not-the-password-1");
    await signIn.getByRole("button", { name: "Mit Passwort anmelden" }).click();
    await expect(page.getByTestId("ui/message/4000006")).toHaveText(de.kratos[4000006]);
    // What was typed is kept, in any language.
    await expect(signIn.getByLabel("E-Mail-Adresse")).toHaveValue(account.email);
    await expectNoEnglish(page);

    await page.getByRole("link", { name: "Passwort vergessen?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konto wiederherstellen");
    const since = new Date();
    await page.getByLabel("E-Mail-Adresse").fill(account.email);
    await page.getByRole("button", { name: "Weiter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.ui["checkEmail.title"]);
    await expect(page.getByTestId("ui/message/1060003")).toHaveText(de.kratos[1060003]);
    // Kratos writes the mail in the language the identity chose at sign-up.
    const mail = await waitForMail({ to: account.email, subject: de.ui["mail.recovery.subject"], after: since });
    expect(mail.text).toContain(de.ui["mail.recovery.body"].replace("{email}", account.email));
    expect(mail.html).toContain('<html lang="de" dir="ltr">');
    await page.getByLabel(de.kratos[1070010]).fill(codeFrom(mail));
    await page.getByRole("button", { name: "Weiter" }).click();

    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontoeinstellungen");
    await expect(page.getByTestId("ui/message/1060001")).toContainText("Ihr Konto wurde wiederhergestellt.");
    await expectNoEnglish(page);
    await expect(page.getByLabel(de.traits["traits.locale"])).toHaveValue("de");
    await expect(page.getByLabel(de.traits["traits.locale"]).locator("option:checked")).toHaveText("Deutsch");
    // Dates in German, too.
    await page.goto("/sessions");
    await expect(page.locator("main time").first()).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} UTC$/);
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the language menu, ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled, locale: "en-US" });

    test("switches the page's language and remembers it on the next page", async ({ page }) => {
      await page.goto("/login");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
      const flowUrl = new URL(page.url());
      const menu = page.getByRole("navigation", { name: "Language" });
      await menu.locator("summary").click();
      await menu.getByRole("link", { name: "Français" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se connecter");
      // The same sign-in, now in French.
      expect(new URL(page.url()).searchParams.get("flow")).toBe(flowUrl.searchParams.get("flow"));
      const menuInFrench = page.getByRole("navigation", { name: "Langue" });
      await menuInFrench.locator("summary").click();
      await expect(menuInFrench.getByRole("link", { name: "Français" })).toHaveAttribute("aria-current", "true");

      await page.goto("/registration");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    });
  });
}

test.describe("right to left (Arabic)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a ?lang=ar link renders the page right to left, without sideways scrolling on a phone", async ({ page }) => {
    await page.goto("/login?lang=ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("تسجيل الدخول");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Mirrored: the form's labels start at the right edge of the card.
    const label = await page.getByText("كلمة المرور", { exact: true }).first().boundingBox();
    const card = await page.getByRole("region").first().boundingBox();
    expect(label && card && card.x + card.width - (label.x + label.width)).toBeLessThan(60);
  });
});
