import type { Metadata } from "next";

import { KnownIssueListView } from "@/components/known-issues/known-issue-list-view";
import { isBuildPhase } from "@/lib/env";
import { loadKnownIssueList } from "@/lib/known-issues/known-issue-list-data";
import { listFilters } from "@/lib/known-issues/list-query";
import { loadForCachedPage } from "@/lib/page-cache/page-path";

export const metadata: Metadata = { title: "Known issues" };

// Cached (lib/page-cache): the unfiltered list, rendered on its first request and kept until the content changes;
// proxy.ts serves a filtered one from its own cached form (./~/[query]/page.tsx). The build's prerender is thrown
// away, so it reads nothing from whatever database the build sees.
export default async function KnownIssuesPage() {
  if (isBuildPhase()) return null;
  const data = await loadForCachedPage("/known-issues", () => loadKnownIssueList(listFilters(new URLSearchParams())));
  return <KnownIssueListView data={data} />;
}
