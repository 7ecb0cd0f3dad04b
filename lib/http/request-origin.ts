import "server-only";
import { headers } from "next/headers";
import { forwardedHost, forwardedHttps } from "./forwarded";

/**
 * This site's origin as the browser reached it (through the proxy's
 * X-Forwarded-Host/-Proto when there is one). Only for return_to addresses
 * handed to Kratos, which follows them only when its allowed_return_urls list
 * them, so a forged header leads nowhere it would not go anyway.
 */
export async function requestOrigin(): Promise<string> {
  const incoming = await headers();
  const host = forwardedHost(incoming) ?? "localhost";
  return `${forwardedHttps(incoming.get("x-forwarded-proto")) ? "https" : "http"}://${host}`;
}
