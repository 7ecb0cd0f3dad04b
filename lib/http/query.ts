/** Query parameters as Next.js passes them to pages. */
export type QueryParams = Record<string, string | string[] | undefined>;

const MAX_PARAM_LENGTH = 2048;

/** The first value of a query parameter, ignoring absurdly long values. */
export function firstParam(query: QueryParams, name: string): string | undefined {
  const raw = query[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value.length > MAX_PARAM_LENGTH) return undefined;
  return value;
}

/** The query again as `?a=b&c=d` (first values only), or "" when empty. */
export function queryString(query: QueryParams): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(query)) {
    const value = firstParam(query, name);
    if (value !== undefined) params.set(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}
