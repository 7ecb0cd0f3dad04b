/**
 * True when the browser says this navigation started on our own pages, or from
 * the person's own address bar or bookmark, not from another site. Browsers set
 * Sec-Fetch-* themselves; pages cannot forge them.
 */
export function isFirstPartyNavigation(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  const mode = headers.get("sec-fetch-mode");
  return (site === "same-origin" || site === "none") && mode === "navigate";
}
