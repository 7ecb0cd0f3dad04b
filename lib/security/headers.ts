/** Inputs for the policy: where Kratos lives for the browser, and extra form targets. */
export type PolicyInputs = {
  nonce: string;
  kratosOrigin: string;
  /** Origins a form post may be redirected to by Kratos (social sign-in providers). */
  extraFormActions: readonly string[];
  /** Origins images may come from besides ours: the OAuth2 apps' logos. */
  logoOrigins: readonly string[];
  dev: boolean;
};

/**
 * The Content-Security-Policy: scripts only with this response's nonce or from
 * Kratos's exact origin (webauthn.js); no inline or eval'd script in production.
 * Forms may post only to us and Kratos (and, because browsers also check the
 * redirect after a form post, to the configured sign-in providers).
 */
export function contentSecurityPolicy({ nonce, kratosOrigin, extraFormActions, logoOrigins, dev }: PolicyInputs): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build needs eval for its debugging aids; production never does.
    "script-src": ["'self'", `'nonce-${nonce}'`, kratosOrigin, ...(dev ? ["'unsafe-eval'"] : [])],
    // Next's development overlay injects style elements; the production build has only stylesheets.
    "style-src": ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    "img-src": ["'self'", "data:", ...logoOrigins],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "form-action": ["'self'", kratosOrigin, ...extraFormActions],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** A stand-in nonce, cut out of the policy built once; no real nonce can equal it (base64 has no "!"). */
const NONCE_MARK = "!nonce!";

/**
 * The policy for this configuration, built once: per response only the nonce
 * changes, so only it is put in (the same text as contentSecurityPolicy's).
 */
export function policyForNonce(inputs: Omit<PolicyInputs, "nonce">): (nonce: string) => string {
  const [before = "", after = ""] = contentSecurityPolicy({ ...inputs, nonce: NONCE_MARK }).split(NONCE_MARK);
  return (nonce) => `${before}${nonce}${after}`;
}

/** A fresh nonce for one response: 128 random bits (a UUID's), base64. */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

/**
 * Headers every response carries, pages, assets and 404s alike (server.ts sets
 * them before Next answers). HSTS only in production: it binds the host to HTTPS
 * for a year, which a developer's http://localhost must not inherit; browsers
 * ignore it over plain HTTP anyway.
 */
export function staticSecurityHeaders(production: boolean): Readonly<Record<string, string>> {
  return production ? { ...STATIC_SECURITY_HEADERS, "strict-transport-security": "max-age=31536000" } : STATIC_SECURITY_HEADERS;
}

const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "referrer-policy": "same-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // WebAuthn stays allowed for this origin only; nothing else powerful is needed.
  "permissions-policy":
    "publickey-credentials-get=(self), publickey-credentials-create=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "cross-origin-opener-policy": "same-origin",
};
