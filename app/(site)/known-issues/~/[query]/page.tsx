import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { KnownIssueListView } from "@/components/known-issues/known-issue-list-view";
import { loadKnownIssueList } from "@/lib/known-issues/known-issue-list-data";
import { listFilters } from "@/lib/known-issues/list-query";
import { UNFILTERED_LIST_RETRY_PATH } from "@/lib/known-issues/unfiltered-list";
import { loadForCachedPage } from "@/lib/page-cache/page-path";
import { decodeQueryPage } from "@/lib/page-cache/query-segment";

import { componentNamesAction } from "./actions";

export const metadata: Metadata = { title: "Known issues" };

type Props = { params: Promise<{ query: string }> };

// Cached (lib/page-cache): proxy.ts (next.config.ts without filters) serves /known-issues?… from this internal
// form (lib/known-issues/cached-list-path.ts), rendered on a filter combination's first request and kept until the
// content changes.
export async function generateStaticParams() {
  return [];
}

export default async function CachedKnownIssuesPage({ params }: Props) {
  const page = decodeQueryPage("/known-issues", (await params).query);
  if (!page) notFound();
  const { search, publicPath } = page;
  const ownPath = publicPath === "/known-issues" ? UNFILTERED_LIST_RETRY_PATH : publicPath;
  const data = await loadForCachedPage(ownPath, () => loadKnownIssueList(listFilters(search)));
  return <KnownIssueListView data={data} loadComponentNames={componentNamesAction} />;
}
