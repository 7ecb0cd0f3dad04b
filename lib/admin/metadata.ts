/** Metadata as an admin typed it: a JSON object, or nothing (empty). */
export function parseMetadata(raw: string): { ok: true; value: Record<string, unknown> | null } | { ok: false } {
  if (raw.trim() === "") return { ok: true, value: null };
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? { ok: true, value: value as Record<string, unknown> }
      : { ok: false };
  } catch {
    return { ok: false };
  }
}
