/**
 * A choice made in the address (`?lang=`, `?theme=`) and then remembered in a
 * cookie: the address's when valid, else the cookie's. `remember` is set when the
 * cookie must change. Values are normalised (trimmed, lower case) and kept only
 * when `accept` knows them.
 */
export function rememberedChoice<T extends string>(
  query: string | null | undefined,
  cookie: string | undefined,
  accept: (value: string) => T | undefined,
): { value?: T; remember: boolean } {
  const valid = (raw: string | null | undefined) => (raw ? accept(raw.trim().toLowerCase()) : undefined);
  const asked = valid(query);
  const remembered = valid(cookie);
  if (asked) return { value: asked, remember: asked !== remembered };
  return { value: remembered, remember: false };
}
