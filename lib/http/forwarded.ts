/** A chain of proxies appends its values after the first, which is what the person's side sent. */
function firstValue(header: string | string[] | null | undefined): string | undefined {
  return header?.toString().split(",")[0]?.trim();
}

/**
 * Whether the proxy in front says the person reached it over HTTPS (the first
 * X-Forwarded-Proto value). A forged header can only make a cookie stricter
 * (Secure), never looser.
 */
export function forwardedHttps(forwardedProto: string | string[] | null | undefined): boolean {
  return firstValue(forwardedProto)?.toLowerCase() === "https";
}

/**
 * The host the person reached: the first X-Forwarded-Host value (a chain of
 * proxies appends theirs after it), else Host. The same value wherever a host
 * is compared or written, so a check and an address never disagree.
 */
export function forwardedHost(headers: Headers): string | undefined {
  return firstValue(headers.get("x-forwarded-host")) || headers.get("host") || undefined;
}

/**
 * Whether the person reached us over HTTPS. Behind a TLS-terminating proxy this
 * server only sees plain HTTP, so the proxy's X-Forwarded-Proto counts too.
 */
export function isHttpsRequest(headers: Headers, protocol: string): boolean {
  return protocol === "https:" || forwardedHttps(headers.get("x-forwarded-proto"));
}
