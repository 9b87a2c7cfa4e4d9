import type { Database } from "@/lib/db/create-client";

import { RecentMap } from "./recent-map";

/**
 * Values that change only with content (the seed, an approval), remembered per database at a content version:
 * each change gives a new version, so nothing is served stale, and the most recently used `capacity` entries are
 * kept. Per database, because a process that opens two (the tests, one per engine) must not answer one from the
 * other.
 */
export class VersionedMemo<V> {
  readonly #byDatabase = new WeakMap<Database, RecentMap<string, V>>();

  constructor(private readonly capacity: number) {}

  /**
   * The values of `items` at `version`: those remembered, and the rest from `readMissing` in one call (an item it
   * leaves out is not remembered). `keyOf` names what the value depends on besides the version.
   */
  async get<K>(
    db: Database,
    version: number,
    items: K[],
    keyOf: (item: K) => string,
    readMissing: (missing: K[]) => Promise<Map<K, V>>,
  ): Promise<Map<K, V>> {
    let kept = this.#byDatabase.get(db);
    if (!kept) this.#byDatabase.set(db, (kept = new RecentMap(this.capacity)));
    const versionedKey = (item: K) => `${version} ${keyOf(item)}`;
    const found = new Map<K, V>();
    for (const item of items) {
      const value = kept.get(versionedKey(item));
      if (value !== undefined) found.set(item, value);
    }
    const missing = [...new Set(items.filter((item) => !found.has(item)))];
    if (missing.length === 0) return found;
    for (const [item, value] of await readMissing(missing)) {
      kept.set(versionedKey(item), value);
      found.set(item, value);
    }
    return found;
  }
}
