/** Kratos's own cookies: the session (default name), the continuity container and the CSRF cookie. */
const KRATOS_COOKIE = /^(ory_kratos_|csrf_token)/;
/** What Kratos's cookie values are made of (base64 and base64url). */
const KRATOS_VALUE = /^[A-Za-z0-9+/=_-]*$/;

/**
 * When a server action redirects, Next renders the target page in the same
 * response and re-encodes the request's cookies with encodeURIComponent on the
 * way (vercel/next.js#77022). Kratos's base64 values ("…=" becomes "…%3D") are
 * then unreadable and the person looks signed out. Kratos's values never contain
 * "%", so decoding them is lossless. A value that does not decode to base64 is not
 * Kratos's (it could even decode to bytes no header may carry) and passes untouched,
 * as does every other cookie.
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
        const decoded = decodeURIComponent(value);
        return KRATOS_VALUE.test(decoded) ? `${name}=${decoded}` : pair;
      } catch {
        return pair;
      }
    })
    .join("; ");
}
