import type { Metadata } from "next";
import { headers } from "next/headers";

import { LiveSearch } from "@/components/search/live-search";
import { SearchFacets } from "@/components/search/search-facets";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { limitRequest } from "@/lib/rate-limit/limit-request";
import { FACET_KEYS } from "@/lib/search/schemas";
import { search } from "@/lib/search/search";
import { listCategoryTitles } from "@/lib/taxonomy/list-category-titles";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const q = first(raw.q) ?? "";
  const filters = Object.fromEntries(FACET_KEYS.flatMap((key) => (first(raw[key]) ? [[key, first(raw[key])!]] : [])));
  let outcome: Awaited<ReturnType<typeof search>> | null = null;
  let error: string | null = null;
  if (q.trim() || Object.keys(filters).length > 0) {
    try {
      // The same per-IP `search` policy as the API: past it, the message says how long to wait.
      await limitRequest("search", await headers());
      outcome = await search(raw);
    } catch (caught) {
      // A database gone mid-search is the proxy's 503 page (its error redirects there), not a message.
      if (!(caught instanceof AppError) || caught.code === "UNAVAILABLE") throw caught;
      error = caught.message;
    }
  }
  const categoryTitles = await listCategoryTitles();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Search known issues and runbooks</h1>
      <LiveSearch
        initialQuery={q}
        filters={filters}
        initialResult={outcome?.result ?? null}
        initialError={error}
        discussionUrl={getEnv().COMMUNITY_DISCUSSION_URL}
        facets={
          outcome ? (
            <SearchFacets query={outcome.query} facets={outcome.result.facets} categoryTitles={categoryTitles} />
          ) : null
        }
      />
    </div>
  );
}
