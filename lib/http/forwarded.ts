/**
 * Whether the proxy in front says the person reached it over HTTPS (the first
 * X-Forwarded-Proto value). A forged header can only make a cookie stricter
 * (Secure), never looser.
 */
export function forwardedHttps(forwardedProto: string | string[] | null | undefined): boolean {
  return forwardedProto?.toString().split(",")[0]?.trim().toLowerCase() === "https";
}

/**
 * Whether the person reached us over HTTPS. Behind a TLS-terminating proxy this
 * server only sees plain HTTP, so the proxy's X-Forwarded-Proto counts too.
 */
export function isHttpsRequest(headers: Headers, protocol: string): boolean {
  return protocol === "https:" || forwardedHttps(headers.get("x-forwarded-proto"));
}
