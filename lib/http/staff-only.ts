/**
 * What a staff-only instance (SELF_SERVICE=off) still serves: the admin area,
 * the health checks, and files (Next's assets, icons, brand.css, logos in
 * public/; no page of this app has a dot in its path). Everything else, the
 * self-service pages included and any page added later, is answered as an
 * unknown address. `pathname` is without BASE_PATH and query.
 */
export function servedWhenStaffOnly(pathname: string): boolean {
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return true;
  if (pathname.startsWith("/health/") || pathname.startsWith("/_next/")) return true;
  const lastSegment = pathname.slice(pathname.lastIndexOf("/") + 1);
  return lastSegment.includes(".");
}

/** A path no route can ever match (folders starting with "_" are private in the App Router): Next answers it with the not-found page. */
export const NOT_FOUND_PATH = "/_self-service-off";

/**
 * The address Next should answer instead of `url` (a request's path and query,
 * with BASE_PATH) on a staff-only instance: the not-found page, or undefined to
 * serve it as it is. Addresses outside BASE_PATH are left to Next, which has
 * nothing there either.
 */
export function staffOnlyAddress(url: string, basePath: string): string | undefined {
  const pathname = url.split("?")[0] ?? "/";
  if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  return servedWhenStaffOnly(pathname.slice(basePath.length) || "/") ? undefined : `${basePath}${NOT_FOUND_PATH}`;
}
