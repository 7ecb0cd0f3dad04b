/**
 * Whether the app itself asked for a fresh sign-in (OIDC `prompt=login` or
 * `max_age`), judged from the authorization request Hydra recorded. Otherwise
 * Kratos asks only because Hydra has no earlier sign-in of this browser to skip.
 */
export function appAskedToConfirm(requestUrl: string | undefined): boolean {
  if (!requestUrl) return false;
  let params: URLSearchParams;
  try {
    // Only the query matters; a base keeps a path-only address readable.
    params = new URL(requestUrl, "http://request.invalid").searchParams;
  } catch {
    return false;
  }
  const prompts = (params.get("prompt") ?? "").split(" ");
  return prompts.includes("login") || params.has("max_age");
}
