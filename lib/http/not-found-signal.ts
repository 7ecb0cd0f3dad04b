/**
 * Next's notFound() signal, recognised by the digest Next gives it. A page that
 * throws it is rendered by Next as an empty document that only JavaScript fills
 * in (this app has no Suspense boundary to catch it on the server), so
 * components/page/kratos-page.tsx catches it and renders the not-found page itself.
 * lib/http/not-found-signal.test.ts fails if Next changes the digest.
 */
export function isNotFoundSignal(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && error.digest === "NEXT_HTTP_ERROR_FALLBACK;404";
}
