import { describe, expect, it } from "vitest";
import type { LocaleCatalogue } from "./catalogue-types";
import { ar } from "./locales/ar";
import { de } from "./locales/de";
import { englishTexts } from "./english-texts";
import { es } from "./locales/es";
import { fr } from "./locales/fr";
import { placeholders } from "./placeholders";

const translated: Record<"de" | "fr" | "es" | "ar", LocaleCatalogue> = { de, fr, es, ar };

const english = englishTexts;

const sections = Object.keys(english) as (keyof LocaleCatalogue)[];

/**
 * Texts that are rightly the same as English in a language: loanwords and names
 * in everyday use there. Anything else equal to English is an untranslated text.
 */
const sameAsEnglish: Record<keyof typeof translated, readonly string[]> = {
  de: ["ui.group.passkey", "traits.traits.website", "traits.traits.plan.team", "ui.admin.identity.id"],
  fr: ["ui.admin.identity.id"],
  es: ["traits.traits.plan", "ui.admin.identity.id"],
  ar: [],
};

/** Latin an Arabic page may show: abbreviations read as such, a URL parameter's name, a URL's start. */
const latinInArabic = ["QR", "IP", "return_to", "https://"];

function entries(catalogue: LocaleCatalogue) {
  return sections.flatMap((section) =>
    Object.entries(catalogue[section] as Record<string, string>).map(([key, text]) => ({
      section,
      key,
      text,
      english: english[section][key],
    })),
  );
}

describe.each(Object.entries(translated))("the %s catalogue", (locale, catalogue) => {
  it("has exactly the keys of English in every section", () => {
    for (const section of sections) expect(Object.keys(catalogue[section]).sort(), section).toEqual(Object.keys(english[section]).sort());
  });

  it("uses exactly the placeholders of English in every text", () => {
    const mismatches = entries(catalogue)
      .filter(({ text, english }) => placeholders(text).join() !== placeholders(english ?? "").join())
      .map(({ section, key }) => `${section}.${key}`);
    expect(mismatches).toEqual([]);
  });

  it("has no empty text and no text with stray spaces", () => {
    const bad = entries(catalogue)
      .filter(({ text }) => text.trim() === "" || text !== text.trim() || text.includes("  "))
      .map(({ section, key }) => `${section}.${key}`);
    expect(bad).toEqual([]);
  });

  it("translates every text, except allowed loanwords and texts that are only placeholders", () => {
    const allowed = new Set(sameAsEnglish[locale as keyof typeof translated]);
    const untranslated = entries(catalogue)
      .filter(({ text, english }) => text === english && text.replace(/\{\w+\}/g, "").trim() !== "")
      .map(({ section, key }) => `${section}.${key}`)
      .filter((name) => !allowed.has(name));
    expect(untranslated).toEqual([]);
  });

  it("keeps its allow-list of texts equal to English current", () => {
    const equal = new Set(
      entries(catalogue)
        .filter(({ text, english }) => text === english)
        .map(({ section, key }) => `${section}.${key}`),
    );
    for (const name of sameAsEnglish[locale as keyof typeof translated]) expect(equal.has(name), name).toBe(true);
  });
});

describe("the Arabic catalogue", () => {
  it("has no Latin letters outside placeholders and allowed terms", () => {
    const latin = entries(ar)
      .map(({ section, key, text }) => ({
        name: `${section}.${key}`,
        rest: latinInArabic.reduce((rest, term) => rest.replaceAll(term, ""), text.replace(/\{\w+\}/g, "")),
      }))
      .filter(({ rest }) => /[A-Za-z]/.test(rest))
      .map(({ name, rest }) => `${name}: ${rest}`);
    expect(latin).toEqual([]);
  });
});
