import { describe, expect, it } from "vitest";
import { locales } from "./locale";
import { negotiateLocale, textDirection } from "./negotiate";

const negotiate = (header: string | null) => negotiateLocale(header, locales, "en");

describe("negotiateLocale", () => {
  it("answers the fallback without a header, an empty one or one with nothing offered", () => {
    expect(negotiate(null)).toBe("en");
    expect(negotiate("")).toBe("en");
    expect(negotiate("ja, zh-CN;q=0.8")).toBe("en");
    expect(negotiateLocale("ja", locales, "de")).toBe("de");
  });

  it("takes the first offered language in header order when qualities are equal", () => {
    expect(negotiate("fr, de")).toBe("fr");
    expect(negotiate("ja, es, de")).toBe("es");
  });

  it("ranks by q-value before header order", () => {
    expect(negotiate("fr;q=0.5, de;q=0.9, es")).toBe("es");
    expect(negotiate("fr;q=0.5, de;q=0.9")).toBe("de");
    expect(negotiate("ar;q=0.1, ja")).toBe("ar");
  });

  it("excludes a language with q=0 even when it is offered", () => {
    expect(negotiate("de;q=0, fr;q=0.1")).toBe("fr");
    expect(negotiateLocale("de;q=0", ["de"], "de")).toBe("de");
    expect(negotiate("de;q=0.000, de-AT")).toBe("en");
  });

  it("ignores case in tags and parameters", () => {
    expect(negotiate("DE-at")).toBe("de");
    expect(negotiate("FR;Q=0.8, ja")).toBe("fr");
  });

  it("falls back from a region to its language, and to the default when the language is not offered", () => {
    expect(negotiate("de-AT")).toBe("de");
    expect(negotiate("es-419, en;q=0.5")).toBe("es");
    expect(negotiate("pt-BR, pt;q=0.9")).toBe("en");
    expect(negotiate("zh-Hant-TW")).toBe("en");
  });

  it("reads * as any language not named, the fallback first", () => {
    expect(negotiate("*")).toBe("en");
    expect(negotiate("ja, *;q=0.5")).toBe("en");
    expect(negotiate("en;q=0, *")).toBe("de");
    expect(negotiate("fr;q=0.2, *;q=0.5")).toBe("en");
    expect(negotiateLocale("*", locales, "ar")).toBe("ar");
  });

  it("skips malformed entries and keeps the well-formed ones", () => {
    expect(negotiate("de;q=2, fr")).toBe("fr");
    expect(negotiate("de;q=abc, es")).toBe("es");
    expect(negotiate("d e, fr")).toBe("fr");
    expect(negotiate(";;;,,, de-")).toBe("en");
    expect(negotiate("de_DE, ar")).toBe("ar");
    expect(negotiate("de;q=0.8;level=1")).toBe("de");
    expect(negotiate("toolongtag, es")).toBe("es");
  });

  it("reads only the start of an oversized header", () => {
    const padding = Array.from({ length: 2000 }, () => "ja").join(", ");
    expect(negotiate(`fr, ${padding}, de;q=1`)).toBe("fr");
    expect(negotiate(`${padding}, de`)).toBe("en");
    expect(negotiate(`${"x".repeat(10_000)}, de`)).toBe("en");
  });
});

describe("textDirection", () => {
  it("is right-to-left for Arabic only", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(locales.filter((locale) => textDirection(locale) === "rtl")).toEqual(["ar"]);
  });
});
