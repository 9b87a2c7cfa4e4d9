// Relative, not "@/": next.config.ts imports this file.
import { internalQueryPathTest, queryHeaderCondition } from "../page-cache/query-segment";

// The known-issue list reads its filters, so, like a search (lib/search/cached-search-path.ts), /known-issues?… is
// served from an internal path with the filters as its last segment (lib/page-cache/query-segment.ts): one page of
// the page cache per filter combination, the same for everyone until the content changes. proxy.ts keeps only the
// filters the page understands (lib/known-issues/list-query.ts), so made-up parameters cannot fill the cache.

/** The request header that carries the list's encoded filters from the proxy to the rewrite. */
export const KNOWN_ISSUES_QUERY_HEADER = "x-known-issues-query";

/** The internal path's fixed segment: never a known issue's slug, which is kebab-case. */
const LIST_SEGMENT = "~";

/** next.config.ts's rewrite to the internal path, taken only when the proxy has set the filters header. */
export function cachedKnownIssuesRewrites() {
  const has = queryHeaderCondition(KNOWN_ISSUES_QUERY_HEADER);
  return [{ source: "/known-issues", has, destination: `/known-issues/${LIST_SEGMENT}/:query` }];
}

/** True for the internal path of the list; the proxy meets it only when a client asks for it by name. */
export const isCachedKnownIssuesPath = internalQueryPathTest(`/known-issues/${LIST_SEGMENT}`);
