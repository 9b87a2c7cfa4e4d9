// Limits the browser needs too, kept apart from the zod schemas so the search box does not ship zod.

/** Room for a pasted log of fifty lines or so: the line that matters is found among them. */
export const MAX_QUERY_LENGTH = 8000;

/** The most results one search returns (the API's `limit` and the search page's "show more"). */
export const MAX_RESULTS = 50;

/**
 * Results the search page shows first. A person reads the first few; each result more is about 2 KB of HTML
 * and serialized props on every page view (issue 13: at 20 the page was 82 KB and served 0.74× as fast as a
 * static page, almost all of it compressing, hashing and sending bytes). "Show more" asks for MAX_RESULTS.
 */
export const PAGE_RESULTS = 10;
