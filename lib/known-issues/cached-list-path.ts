import { internalQueryPathTest } from "@/lib/page-cache/query-segment";

// The known-issue list reads its filters, so, like a search (lib/search/cached-search-path.ts), /known-issues?… is
// served from an internal path with the filters as its last segment (lib/page-cache/query-segment.ts): one page of
// the page cache per filter combination, the same for everyone until the content changes. proxy.ts keeps only the
// filters the page understands (lib/known-issues/list-query.ts), so made-up parameters cannot fill the cache.

/** The internal path's fixed segment: never a known issue's slug, which is kebab-case. */
const LIST_SEGMENT = "~";

/** The internal path of the list filtered as `segment` says. */
export const internalKnownIssuesPath = (segment: string) => `/known-issues/${LIST_SEGMENT}/${segment}`;

/** True for the internal path of the list; the proxy meets it only when a client asks for it by name. */
export const isCachedKnownIssuesPath = internalQueryPathTest(`/known-issues/${LIST_SEGMENT}`);
