import { encodeQuerySegment } from "@/lib/page-cache/query-segment";

import { knownIssueFiltersSchema, type KnownIssueFilters } from "./list-filters";

/** The order filters are encoded in: equal filters give one segment, however the URL ordered them. */
const FILTER_KEYS = [
  "category",
  "status",
  "severity",
  "component",
  "revision",
  "page",
] as const satisfies readonly (keyof KnownIssueFilters)[];

/** The filters of a list URL, as the page reads them: unknown parameters and invalid values dropped. */
export function listFilters(search: URLSearchParams): KnownIssueFilters {
  return knownIssueFiltersSchema.parse(Object.fromEntries(search));
}

/**
 * The query segment of the internal path /known-issues?… is served from (lib/known-issues/cached-list-path.ts), or
 * null for any other path. Only valid filters are kept, in a fixed order: an empty form, junk parameters and
 * reordered ones all reach the same cached page.
 */
export function cachedKnownIssuesQuery(pathname: string, search: URLSearchParams): string | null {
  if (pathname !== "/known-issues") return null;
  return encodeQuerySegment(filterParams(listFilters(search)));
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
