import { encodeQuerySegment, internalQueryPathTest } from "@/lib/page-cache/query-segment";

// The search page reads its query, so, like a runbook step (lib/runbooks/cached-step-path.ts), /search?q=… is
// served from an internal path with the query as its last segment (lib/page-cache/query-segment.ts): one page of
// the page cache per search, the same for everyone until the content changes. proxy.ts counts the per-IP limit
// before it rewrites a request to the cached page.

/**
 * Longer pastes are searched per request: rarely asked twice, they would push out of the cache the pages people
 * do share (lib/search/search-cache.ts draws the same line).
 */
const MAX_CACHED_SEGMENT_LENGTH = 2_700;

/** The internal path a search URL is served from; null when not served from the cache. */
export function cachedSearchPath(pathname: string, search: URLSearchParams): string | null {
  if (pathname !== "/search") return null;
  const segment = encodeQuerySegment(search);
  return segment.length <= MAX_CACHED_SEGMENT_LENGTH ? `/search/${segment}` : null;
}

/**
 * True for the internal path of a search. The proxy meets this path only when a client asks for it by name (and
 * sends it to the public URL, to be counted).
 */
export const isCachedSearchPath = internalQueryPathTest("/search");
