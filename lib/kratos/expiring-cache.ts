/**
 * A bounded in-process map whose entries expire. When full, the oldest entry
 * goes first (Map keeps insertion order).
 */
export class ExpiringCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(private readonly limits: { ttlMs: number; maxEntries: number }) {}

  get(key: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: T, now = Date.now()): void {
    this.entries.delete(key);
    while (this.entries.size >= this.limits.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expires: now + this.limits.ttlMs });
  }

  get size(): number {
    return this.entries.size;
  }
}
