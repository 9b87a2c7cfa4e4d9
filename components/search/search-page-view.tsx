import type { SearchPageData } from "@/lib/search/search-page-data";

import { LiveSearch } from "./live-search";
import { SearchFacets } from "./search-facets";

/** The search page: the box with results as you type, and facets for the first query's results. */
export function SearchPageView({ data, discussionUrl }: { data: SearchPageData; discussionUrl: string }) {
  const { outcome } = data;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Search known issues and runbooks</h1>
      <LiveSearch
        initialQuery={data.query}
        filters={data.filters}
        limit={data.limit}
        initialResult={outcome?.result ?? null}
        initialError={data.error}
        discussionUrl={discussionUrl}
        facets={
          outcome ? (
            <SearchFacets query={outcome.query} facets={outcome.result.facets} categoryTitles={data.categoryTitles} />
          ) : null
        }
      />
    </div>
  );
}
