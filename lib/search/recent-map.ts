/**
 * A map that keeps only its `max` most recently used entries: Map keeps insertion order, so a read moves
 * its key to the end and the first key is always the one to evict.
 */
export class RecentMap<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /** Forgets `key` if it still holds `value` (not a newer value set since). */
  deleteIf(key: K, value: V): void {
    if (this.#entries.get(key) === value) this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** `compute` remembered by its text argument, for the `max` texts most recently asked for. */
export function memoByText<T>(compute: (text: string) => T, max: number): (text: string) => T {
  const results = new RecentMap<string, T>(max);
  return (text) => {
    let result = results.get(text);
    if (result === undefined) results.set(text, (result = compute(text)));
    return result;
  };
}
