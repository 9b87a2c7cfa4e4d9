import { RecentMap } from "./recent-map";
import type { SearchResult } from "./run-search";

// Identical searches of the same content, answered once: live search sends a query per pause in typing, a shared
// link or a common error is searched again and again, and a burst of the same query (a link posted in a chat)
// would otherwise run it once per request. Keyed by the content version, so an approval or a seed retires every
// entry; bounded by entries and by the length of the query it keeps (long pastes rarely repeat).
export const SEARCH_CACHE_MAX_ENTRIES = 300;
const MAX_CACHED_QUERY_LENGTH = 2_000;

const entries = new RecentMap<string, Promise<SearchResult>>(SEARCH_CACHE_MAX_ENTRIES);

/**
 * The search for `key` (the validated query, serialized) at content `version`: an equal search already
 * answered or under way is shared; a failed one is forgotten. Without a version (no server) it always runs.
 */
export async function searchOnce(
  key: string,
  version: number | null,
  run: () => Promise<SearchResult>,
): Promise<SearchResult> {
  if (version === null || key.length > MAX_CACHED_QUERY_LENGTH) return run();
  const started = performance.now();
  const versioned = `${version} ${key}`;
  let entry = entries.get(versioned);
  if (!entry) {
    const running = run();
    running.catch(() => entries.deleteIf(versioned, running));
    entries.set(versioned, (entry = running));
  }
  const result = await entry;
  // tookMs is what this answer took: a shared one says so by its near-zero time.
  return { ...result, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
