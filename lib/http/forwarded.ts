/**
 * Whether the person reached us over HTTPS. Behind a TLS-terminating proxy this
 * server only sees plain HTTP, so the proxy's X-Forwarded-Proto counts too; a
 * forged header can only make a cookie stricter (Secure), never looser.
 */
export function isHttpsRequest(headers: Headers, protocol: string): boolean {
  if (protocol === "https:") return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}
