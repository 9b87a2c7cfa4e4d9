import "server-only";

import { AppError } from "@/lib/errors";
import { limitRequest } from "@/lib/rate-limit/limit-request";

import { asksForSearch, rawSearchParams } from "./search-page-params";

/**
 * The request header that carries a refusal's message from the proxy to the page. Only the proxy sets it, and it
 * removes a client's own: every request for /search passes the proxy (its matcher).
 */
export const SEARCH_REFUSED_HEADER = "x-search-refused";

/** What proxy.ts does with a request for the search page, whose cached form cannot count the per-IP limit. */
export type SearchPageAdmission =
  /** Counted (or asking for no search): served from the page cache. */
  | { kind: "cached" }
  /** Past the per-IP `search` limit: the page, rendered per request, shows this message instead of results. */
  | { kind: "refused"; message: string }
  /** Not counted (the count failed): the page is rendered per request, counts and searches itself. */
  | { kind: "per-request" };

/** Counts a search page request against the `search` limit, the budget GET /api/search shares. */
export async function admitSearchPage(query: URLSearchParams, requestHeaders: Headers): Promise<SearchPageAdmission> {
  if (!asksForSearch(rawSearchParams(query))) return { kind: "cached" };
  try {
    await limitRequest("search", requestHeaders);
    return { kind: "cached" };
  } catch (caught) {
    if (caught instanceof AppError && caught.code === "RATE_LIMITED")
      return { kind: "refused", message: caught.message };
    // The page counts again and reports the failure as pages do (a database gone is the proxy's 503 page).
    return { kind: "per-request" };
  }
}
