import { NextResponse, type NextRequest } from "next/server";
import { isHttpsRequest } from "@/lib/http/forwarded";
import { browserInitUrl, flowPagePath } from "@/lib/kratos/browser-flows";
import { ADDRESS_NOT_VERIFIED, NOTICE_COOKIE, NOTICE_COOKIE_OPTIONS, noticeCookieValue } from "@/lib/kratos/verification-notice";
import { appPath } from "@/lib/http/app-path";

export const dynamic = "force-dynamic";

/**
 * The sign-in page sends people here when Kratos wants their address verified
 * first (see lib/kratos/verification-notice.ts): remember why, then start a
 * verification flow that returns to the sign-in page with the original query.
 * The return address is relative (Kratos resolves it against its default return
 * URL): behind a proxy this server cannot know the address people use.
 */
export function GET(request: NextRequest): NextResponse {
  const signIn = appPath(flowPagePath("login", Object.fromEntries(request.nextUrl.searchParams)));
  const response = NextResponse.redirect(browserInitUrl("verification", {}, { return_to: signIn }), 303);
  response.cookies.set(NOTICE_COOKIE, noticeCookieValue(ADDRESS_NOT_VERIFIED), {
    ...NOTICE_COOKIE_OPTIONS,
    secure: isHttpsRequest(request.headers, request.nextUrl.protocol),
  });
  return response;
}
