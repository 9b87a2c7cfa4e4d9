// The unfiltered list is the one most asked for. next.config.ts rewrites it to its cached internal path itself, so
// that it does not pay for a pass through proxy.ts; the proxy keeps the filtered lists, whose filters it encodes
// (lib/known-issues/list-query.ts), and every post to the list, which its form checks must see. This file is read
// by next.config.ts, so it imports nothing.

/** The list's filter parameters, in the order the internal path encodes them. */
export const LIST_FILTER_KEYS = ["category", "status", "severity", "component", "revision", "page"] as const;

/** The internal path of the list without filters (lib/known-issues/cached-list-path.ts, with an empty query). */
export const UNFILTERED_LIST_PATH = "/known-issues/~/q";

/** /known-issues with none of the filter parameters, whatever else it carries, served from the unfiltered page. */
export const unfilteredListRewrite = {
  source: "/known-issues",
  missing: LIST_FILTER_KEYS.map((key) => ({ type: "query" as const, key })),
  destination: UNFILTERED_LIST_PATH,
};

/**
 * Where the unfiltered page sends the browser when its database went away mid-render (lib/db/reporting-
 * unavailable.ts): a form of the list the proxy sees, which answers the outage with its 503 page, or serves the
 * list again once the database is back. Its own path would meet the rewrite, and the same failure, again.
 */
export const UNFILTERED_LIST_RETRY_PATH = "/known-issues?page=1";
