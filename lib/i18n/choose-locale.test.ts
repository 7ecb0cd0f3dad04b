import { describe, expect, it } from "vitest";
import { chooseLocale, type LanguageSettings } from "./choose-locale";

const all: LanguageSettings = { offered: ["en", "de", "fr", "es", "ar"], fallback: "en" };

describe("chooseLocale", () => {
  it("follows the browser when nothing was chosen", () => {
    expect(chooseLocale({ acceptLanguage: "de-AT,de;q=0.9,en;q=0.5" }, all)).toEqual({ locale: "de", remember: false });
    expect(chooseLocale({ acceptLanguage: "pt-BR" }, all)).toEqual({ locale: "en", remember: false });
    expect(chooseLocale({}, all)).toEqual({ locale: "en", remember: false });
  });

  it("prefers a remembered choice to the browser", () => {
    expect(chooseLocale({ cookie: "fr", acceptLanguage: "de" }, all)).toEqual({ locale: "fr", remember: false });
  });

  it("takes ?lang= over both, and remembers it when it changes the choice", () => {
    expect(chooseLocale({ query: "ar", cookie: "fr", acceptLanguage: "de" }, all)).toEqual({ locale: "ar", remember: true });
    expect(chooseLocale({ query: "DE" }, all)).toEqual({ locale: "de", remember: true });
    expect(chooseLocale({ query: "fr", cookie: "fr" }, all)).toEqual({ locale: "fr", remember: false });
  });

  it("ignores languages that are unknown or not offered here", () => {
    const some: LanguageSettings = { offered: ["de", "en"], fallback: "de" };
    expect(chooseLocale({ query: "ar", cookie: "xx", acceptLanguage: "fr" }, some)).toEqual({ locale: "de", remember: false });
    expect(chooseLocale({ query: "__proto__", cookie: "es", acceptLanguage: "en" }, some)).toEqual({ locale: "en", remember: false });
  });
});
