/**
 * Kratos pages its admin lists with opaque tokens, announced in a Link header:
 * `</admin/identities?page_size=25&page_token=…>; rel="next"`. The next page's
 * token, or undefined on the last page.
 */
export function nextPageToken(link: string | null): string | undefined {
  for (const part of (link ?? "").split(",")) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (!match?.[1]) continue;
    const token = new URL(match[1], "http://kratos.invalid").searchParams.get("page_token");
    if (token) return token;
  }
  return undefined;
}

export const PAGE_SIZES = [25, 50, 100] as const;

/** A page size from the query: one of PAGE_SIZES, else the first. */
export function pageSizeFrom(raw: string | undefined): number {
  const wanted = Number(raw);
  return PAGE_SIZES.find((size) => size === wanted) ?? PAGE_SIZES[0];
}
