import "server-only";

import { AppError } from "@/lib/errors";
import { listCategoryTitles } from "@/lib/taxonomy/list-category-titles";

import { PAGE_RESULTS } from "./limits";
import {
  asksForSearch,
  searchPageFilters,
  searchPageQuery,
  withPageLimit,
  type RawSearchParams,
} from "./search-page-params";
import { search } from "./search";

export interface SearchPageData {
  query: string;
  filters: Record<string, string>;
  /** Results asked for: the page's first, shorter page, or the URL's `limit` ("show more"). */
  limit: number;
  outcome: Awaited<ReturnType<typeof search>> | null;
  /** A message a person can act on, shown instead of results: a bad parameter, or the per-IP limit. */
  error: string | null;
  categoryTitles: Record<string, string>;
}

interface Options {
  /** The per-IP limit's refusal, decided before the page: no search runs. */
  refusal?: string | null;
  /** Runs before the search; its AppError is shown like the search's own (the per-request page's limit). */
  beforeSearch?: () => Promise<void>;
}

/** What the search page shows for its parameters, on its cached form and on the one rendered per request. */
export async function loadSearchPage(raw: RawSearchParams, { refusal, beforeSearch }: Options = {}) {
  let outcome: SearchPageData["outcome"] = null;
  let error = refusal ?? null;
  if (!refusal && asksForSearch(raw)) {
    try {
      await beforeSearch?.();
      outcome = await search(withPageLimit(raw));
    } catch (caught) {
      // A database gone mid-search is the proxy's 503 page (its error redirects there), not a message.
      if (!(caught instanceof AppError) || caught.code === "UNAVAILABLE") throw caught;
      error = caught.message;
    }
  }
  const data: SearchPageData = {
    query: searchPageQuery(raw),
    filters: searchPageFilters(raw),
    limit: outcome?.query.limit ?? PAGE_RESULTS,
    outcome,
    error,
    categoryTitles: await listCategoryTitles(),
  };
  return data;
}
