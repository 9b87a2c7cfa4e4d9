import { encodeQuerySegment } from "@/lib/page-cache/query-segment";

import { internalKnownIssuesPath } from "./cached-list-path";
import { knownIssueFiltersSchema, type KnownIssueFilters } from "./list-filters";
import { LIST_FILTER_KEYS } from "./unfiltered-list";

/** The order filters are encoded in: equal filters give one segment, however the URL ordered them. */
const FILTER_KEYS = LIST_FILTER_KEYS satisfies readonly (keyof KnownIssueFilters)[];

type PageSearchParams = Record<string, string | string[] | undefined>;

/**
 * The filters of a list URL, as the page reads them: unknown parameters and invalid values dropped, and of a
 * repeated parameter the last (both the cached and the per-request page read them here, so they agree).
 */
export function listFilters(search: URLSearchParams | PageSearchParams): KnownIssueFilters {
  const entries =
    search instanceof URLSearchParams
      ? [...search]
      : Object.entries(search).map(([key, value]) => [key, Array.isArray(value) ? value.at(-1) : value]);
  return knownIssueFiltersSchema.parse(Object.fromEntries(entries));
}

/**
 * The internal path /known-issues?… is served from (lib/known-issues/cached-list-path.ts), or null for any other
 * path. Only valid filters are kept, in a fixed order: an empty form, junk parameters and reordered ones all reach
 * the same cached page. The unfiltered list too (next.config.ts rewrites it there without the proxy): served at its
 * own path, a page that reads no query, the client router would take it for the list whatever the filters and show
 * it after a click to a filtered one.
 */
export function cachedKnownIssuesPath(pathname: string, search: URLSearchParams): string | null {
  if (pathname !== "/known-issues") return null;
  return internalKnownIssuesPath(encodeQuerySegment(filterParams(listFilters(search))));
}

/** The list's URL for `filters` (the first page has no `page`), as links and the cache name it. */
export function knownIssuesHref(filters: KnownIssueFilters): string {
  const query = filterParams(filters).toString();
  return `/known-issues${query ? `?${query}` : ""}`;
}

function filterParams(filters: KnownIssueFilters): URLSearchParams {
  const kept = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && !(key === "page" && value === 1)) kept.set(key, String(value));
  }
  return kept;
}
