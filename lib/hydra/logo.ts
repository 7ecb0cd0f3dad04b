/**
 * An app's logo address (its OAuth2 registration's `logo_uri`), when the CSP lets
 * the browser load it: only from the origins in `allowed`. Anything else is left
 * out rather than shown broken.
 */
export function displayableLogo(logoUri: string | undefined, allowed: readonly string[]): string | undefined {
  if (!logoUri) return undefined;
  let url: URL;
  try {
    url = new URL(logoUri);
  } catch {
    return undefined;
  }
  const web = url.protocol === "https:" || url.protocol === "http:";
  return web && allowed.includes(url.origin) ? url.href : undefined;
}
