import Link from "next/link";

import { KnownIssueFilterForm } from "@/components/known-issues/known-issue-filters";
import { KnownIssuePages } from "@/components/known-issues/known-issue-pages";
import { type KnownIssueListItem, KnownIssueListItems } from "@/components/known-issues/known-issue-list-items";
import type { KnownIssueListData } from "@/lib/known-issues/known-issue-list-data";
import { describeRevisions } from "@/lib/revisions/protocol-revisions";

interface Props {
  data: KnownIssueListData;
  /** The component filter's suggestions, fetched when the field is first used. */
  loadComponentNames: () => Promise<string[]>;
}

export function KnownIssueListView({ data, loadComponentNames }: Props) {
  const { filters, issues, total, first, page, pageCount, categories } = data;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Known issues</h1>
        <p className="text-slate-600 dark:text-slate-400">
          Verified MCP security failures with the exact errors people see. Have an error message?{" "}
          <Link href="/search" className="text-sky-700 underline dark:text-sky-400">
            Paste it into search
          </Link>
          .
        </p>
      </header>
      <KnownIssueFilterForm filters={filters} categories={categories} loadComponentNames={loadComponentNames} />
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {total} known issue{total === 1 ? "" : "s"}
        {pageCount > 1 ? `, ${first}–${first + issues.length - 1} shown` : null}
      </p>
      <KnownIssueListItems items={issues.map(toListItem)} />
      <KnownIssuePages filters={filters} page={page} pageCount={pageCount} />
    </div>
  );
}

function toListItem(issue: KnownIssueListData["issues"][number]): KnownIssueListItem {
  return {
    slug: issue.slug,
    title: issue.title,
    severity: issue.severity,
    status: issue.status,
    categoryTitle: issue.category.title,
    revisions: describeRevisions(issue.revisions),
    signature: issue.errorSignatures[0],
  };
}
