import type { Locale } from "./locale";

export { textDirection } from "./locale";

/** Longer headers are cut: no browser sends more than a few hundred bytes, and parsing stays bounded. */
const MAX_HEADER_LENGTH = 512;
const MAX_ENTRIES = 32;

const TAG = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

type Range = { tag: string; q: number; order: number };

/**
 * The offered language an Accept-Language header prefers (RFC 9110 §12.5.4):
 * highest q first, then header order; `de-AT` matches `de` when no `de-AT` is
 * offered; `q=0` excludes a language; `*` stands for any language not named,
 * the fallback first. Entries that do not parse are skipped, not fatal.
 */
export function negotiateLocale(acceptLanguage: string | null, offered: readonly Locale[], fallback: Locale): Locale {
  const ranges = parse(acceptLanguage ?? "");
  const excluded = new Set(ranges.filter((range) => range.q === 0).map((range) => range.tag));
  const named = new Set(ranges.map((range) => range.tag));
  const allowed = (locale: Locale) => !excluded.has(locale.toLowerCase());
  const wanted = ranges.filter((range) => range.q > 0).sort((a, b) => b.q - a.q || a.order - b.order);

  for (const { tag } of wanted) {
    if (tag === "*") {
      const rest = [fallback, ...offered].filter((locale) => offered.includes(locale) && !named.has(locale.toLowerCase()));
      if (rest[0]) return rest[0];
      continue;
    }
    const match = offered.find((locale) => locale.toLowerCase() === tag) ?? offered.find((locale) => locale.toLowerCase() === primary(tag));
    if (match && allowed(match)) return match;
  }
  return fallback;
}

function parse(header: string): Range[] {
  const bounded = header.length > MAX_HEADER_LENGTH ? header.slice(0, header.lastIndexOf(",", MAX_HEADER_LENGTH) + 1) : header;
  const ranges: Range[] = [];
  for (const [order, entry] of bounded.split(",").slice(0, MAX_ENTRIES).entries()) {
    const [rawTag = "", ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    if (!TAG.test(rawTag)) continue;
    const quality = params.find((param) => param.startsWith("q="));
    if (quality !== undefined && !QUALITY.test(quality)) continue;
    ranges.push({ tag: rawTag, q: quality === undefined ? 1 : Number(quality.slice(2)), order });
  }
  return ranges;
}

function primary(tag: string): string {
  return tag.split("-", 1)[0] ?? tag;
}
