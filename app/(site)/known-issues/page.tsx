import type { Metadata } from "next";

import { KnownIssueListView } from "@/components/known-issues/known-issue-list-view";
import { loadKnownIssueList } from "@/lib/known-issues/known-issue-list-data";
import { listFilters } from "@/lib/known-issues/list-query";

export const metadata: Metadata = { title: "Known issues" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered per request only when proxy.ts does not serve the cached form (./~/[query]/page.tsx).
export default async function KnownIssuesPage({ searchParams }: Props) {
  const data = await loadKnownIssueList(listFilters(await searchParams));
  return <KnownIssueListView data={data} />;
}
