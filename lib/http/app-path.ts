/**
 * The path the UI is served under: BASE_PATH when it was built (next.config.js
 * inlines it), "" at the root of its host.
 */
export const BASE_PATH: string = process.env.BASE_PATH ?? "";

/**
 * An address on this site as the browser must see it: for links and for the
 * return_to addresses handed to Kratos. Not for redirect() from next/navigation,
 * which adds the base path itself.
 */
export function appPath(path: string): string {
  if (!BASE_PATH) return path;
  return path === "/" ? BASE_PATH : `${BASE_PATH}${path}`;
}
