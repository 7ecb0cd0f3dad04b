/** The `unknown → record` guard for loosely typed JSON (Kratos's details, contexts, schemas). */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
