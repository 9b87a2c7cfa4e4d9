// Relative, not "@/": next.config.ts imports this file.
import { encodeQuerySegment, internalQueryPathTest, queryHeaderCondition } from "../page-cache/query-segment";

// The search page reads its query, so, like a runbook step (lib/runbooks/cached-step-path.ts), /search?q=… is
// served from an internal path with the query as its last segment (lib/page-cache/query-segment.ts): one page of
// the page cache per search, the same for everyone until the content changes. proxy.ts counts the per-IP limit
// before it lets a request reach the cached page.

/** The request header that carries a search's encoded query from the proxy to the rewrite. */
export const SEARCH_QUERY_HEADER = "x-search-query";

/**
 * Longer pastes are searched per request: rarely asked twice, they would push out of the cache the pages people
 * do share (lib/search/search-cache.ts draws the same line).
 */
const MAX_CACHED_SEGMENT_LENGTH = 2_700;

/** The query segment of the internal path a search URL is served from; null when not served from the cache. */
export function cachedSearchQuery(pathname: string, search: URLSearchParams): string | null {
  if (pathname !== "/search") return null;
  const segment = encodeQuerySegment(search);
  return segment.length <= MAX_CACHED_SEGMENT_LENGTH ? segment : null;
}

/** next.config.ts's rewrite to the internal path, taken only when the proxy has set the query header. */
export function cachedSearchRewrites() {
  return [{ source: "/search", has: queryHeaderCondition(SEARCH_QUERY_HEADER), destination: "/search/:query" }];
}

/**
 * True for the internal path of a search. The proxy runs before next.config.ts's rewrites, so it meets this path
 * only when a client asks for it by name (and sends it to the public URL, to be counted).
 */
export const isCachedSearchPath = internalQueryPathTest("/search");
