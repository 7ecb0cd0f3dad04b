import type { Page } from "@playwright/test";
import { ar } from "../../lib/i18n/locales/ar";
import { de } from "../../lib/i18n/locales/de";
import { es } from "../../lib/i18n/locales/es";
import { fr } from "../../lib/i18n/locales/fr";
import { englishTexts } from "../../lib/i18n/english-texts";
import type { Locale } from "../../lib/i18n/locale";

type Section = keyof typeof englishTexts;
const CATALOGUES: Record<Exclude<Locale, "en">, Record<Section, Readonly<Record<string, string>>>> = { de, fr, es, ar };

/**
 * The English catalogue's phrases of two words or more, each with where it comes
 * from. Placeholders split a text into phrases: what fills them is not ours.
 * Single words are left out: many are the same in other languages (Passkey, OK).
 */
function englishPhrases(): { phrase: string; section: Section; key: string }[] {
  const phrases = [];
  for (const section of Object.keys(englishTexts) as Section[]) {
    for (const [key, text] of Object.entries(englishTexts[section])) {
      for (const part of text.split(/\{[^}]*\}/)) {
        const phrase = part.trim().replace(/[.:,;!?]+$/, "");
        if (phrase.split(/\s+/).length >= 2 && phrase.length >= 8) phrases.push({ phrase, section, key });
      }
    }
  }
  return phrases;
}

const PHRASES = englishPhrases();

/**
 * Everything a person reads or hears on the page in our words: the title, the
 * visible text (screen-reader-only text included) and the texts in attributes.
 * Text in `<bdi>` is someone's data (an address, a mail's subject in its
 * recipient's language), isolated as data of unknown direction, so it is left out.
 */
export async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = [...document.querySelectorAll<HTMLElement>("bdi")];
    for (const element of data) element.hidden = true;
    const visible = document.body.innerText;
    for (const element of data) element.hidden = false;
    const attributes = ["aria-label", "aria-description", "title", "placeholder", "alt"];
    const inAttributes = [...document.querySelectorAll("*")].flatMap((element) =>
      attributes.flatMap((name) => element.getAttribute(name) ?? []),
    );
    const buttons = [...document.querySelectorAll<HTMLInputElement>("input[type=submit], input[type=button]")].map((input) => input.value);
    return [document.title, visible, ...inAttributes, ...buttons].join("\n");
  });
}

/** English phrases of the catalogue found in a page shown in another language, unless that language says the same. */
export function englishLeaks(text: string, language: Exclude<Locale, "en">): string[] {
  const translated = CATALOGUES[language];
  return PHRASES.filter(({ phrase, section, key }) => text.includes(phrase) && !translated[section][key]?.includes(phrase)).map(
    ({ phrase, section, key }) => `${section}.${key}: "${phrase}"`,
  );
}
