/** Kratos's own cookies: the session (default name), the continuity container and the CSRF cookie. */
const KRATOS_COOKIE = /^(ory_kratos_|csrf_token)/;

/**
 * When a server action redirects, Next renders the target page in the same
 * response and re-encodes the request's cookies with encodeURIComponent on the
 * way (vercel/next.js#77022). Kratos's base64 values ("…=" becomes "…%3D") are
 * then unreadable and the person looks signed out. Kratos's values never contain
 * "%", so decoding them is lossless; every other cookie passes untouched.
 */
export function restoreKratosCookies(header: string): string {
  return header
    .split(/;\s*/)
    .map((pair) => {
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (eq <= 0 || !KRATOS_COOKIE.test(name) || !value.includes("%")) return pair;
      try {
        return `${name}=${decodeURIComponent(value)}`;
      } catch {
        return pair;
      }
    })
    .join("; ");
}
