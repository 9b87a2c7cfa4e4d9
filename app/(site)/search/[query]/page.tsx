import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SearchPageView } from "@/components/search/search-page-view";
import { getEnv } from "@/lib/env";
import { loadForCachedPage } from "@/lib/page-cache/page-path";
import { decodeQueryPage } from "@/lib/page-cache/query-segment";
import { loadSearchPage } from "@/lib/search/search-page-data";
import { rawSearchParams } from "@/lib/search/search-page-params";

export const metadata: Metadata = { title: "Search" };

type Props = { params: Promise<{ query: string }> };

// Cached (lib/page-cache): proxy.ts serves /search?q=… from this internal form (lib/search/cached-search-path.ts)
// once it has counted the per-IP limit, rendered on a search's first request and kept until the content changes.
export async function generateStaticParams() {
  return [];
}

export default async function CachedSearchPage({ params }: Props) {
  const page = decodeQueryPage("/search", (await params).query);
  if (!page) notFound();
  const { search, publicPath } = page;
  const data = await loadForCachedPage(publicPath, () => loadSearchPage(rawSearchParams(search)));
  return <SearchPageView data={data} discussionUrl={getEnv().COMMUNITY_DISCUSSION_URL} />;
}
