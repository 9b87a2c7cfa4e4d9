import type { Metadata } from "next";
import { headers } from "next/headers";

import { SearchPageView } from "@/components/search/search-page-view";
import { getEnv } from "@/lib/env";
import { limitRequest } from "@/lib/rate-limit/limit-request";
import { SEARCH_REFUSED_HEADER } from "@/lib/search/admit-search-page";
import { loadSearchPage } from "@/lib/search/search-page-data";
import type { RawSearchParams } from "@/lib/search/search-page-params";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<RawSearchParams> };

// Rendered per request only when proxy.ts does not serve the cached form (./[query]/page.tsx): a search past the
// per-IP limit (the proxy's refusal comes in a header), a paste too long to cache, or a limit the proxy could not
// count (this page counts it then, the same `search` budget as the API).
export default async function SearchPage({ searchParams }: Props) {
  const requestHeaders = await headers();
  const data = await loadSearchPage(await searchParams, {
    refusal: requestHeaders.get(SEARCH_REFUSED_HEADER),
    beforeSearch: () => limitRequest("search", requestHeaders),
  });
  return <SearchPageView data={data} discussionUrl={getEnv().COMMUNITY_DISCUSSION_URL} />;
}
