import "server-only";

import { listCategoryTitles } from "@/lib/taxonomy/list-category-titles";

import type { KnownIssueFilters } from "./list-filters";
import { listKnownIssues } from "./list-known-issues";

/** What the known-issue list shows for `filters`: a page of the matching issues, their total and the filter form's options. */
export async function loadKnownIssueList(filters: KnownIssueFilters) {
  const [list, categories] = await Promise.all([listKnownIssues(filters), listCategoryTitles()]);
  return { filters, ...list, categories };
}

export type KnownIssueListData = Awaited<ReturnType<typeof loadKnownIssueList>>;
