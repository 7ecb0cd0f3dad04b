import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "@/lib/config";
import { contentSecurityPolicy } from "@/lib/security/headers";

/**
 * Gives every page a fresh CSP nonce (Next reads it from the request's
 * Content-Security-Policy header and puts it on its own scripts) and no-store:
 * pages show flows and sessions, which must never be cached. The headers every
 * response needs, assets included, are set by server.ts.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const { kratosBrowserUrl, extraFormActions, logoOrigins } = appConfig();
  const policy = contentSecurityPolicy({
    nonce,
    kratosOrigin: kratosBrowserUrl.origin,
    extraFormActions,
    logoOrigins,
    dev: process.env.NODE_ENV === "development",
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set("cache-control", "no-store, max-age=0");
  return response;
}

export const config = {
  // Pages and route handlers; Next's hashed static files (and only they) keep their long cache.
  matcher: ["/((?!_next/static/).*)"],
};
