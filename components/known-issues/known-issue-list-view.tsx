import Link from "next/link";

import { KnownIssueFilterForm } from "@/components/known-issues/known-issue-filters";
import { KnownIssuePages } from "@/components/known-issues/known-issue-pages";
import { StatusBadges } from "@/components/known-issues/status-badges";
import type { KnownIssueListData } from "@/lib/known-issues/known-issue-list-data";
import { describeRevisions } from "@/lib/revisions/protocol-revisions";

export function KnownIssueListView({ data }: { data: KnownIssueListData }) {
  const { filters, issues, total, first, page, pageCount, componentOptions, categories } = data;
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
      <KnownIssueFilterForm filters={filters} categories={categories} components={componentOptions} />
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {total} known issue{total === 1 ? "" : "s"}
        {pageCount > 1 ? `, ${first}–${first + issues.length - 1} shown` : null}
      </p>
      <ul className="space-y-3">
        {issues.map((issue) => (
          <li key={issue.slug} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadges severity={issue.severity} status={issue.status} />
              <span className="text-xs text-slate-600 dark:text-slate-400">{issue.category.title}</span>
              <small className="text-xs text-slate-600 dark:text-slate-400">
                · MCP {describeRevisions(issue.revisions)}
              </small>
            </div>
            <Link
              href={`/known-issues/${issue.slug}`}
              className="mt-1 block font-medium text-sky-800 underline dark:text-sky-300"
            >
              {issue.title}
            </Link>
            <code className="mt-1 block truncate text-xs text-slate-600 dark:text-slate-400">
              {issue.errorSignatures[0]}
            </code>
          </li>
        ))}
      </ul>
      <KnownIssuePages filters={filters} page={page} pageCount={pageCount} />
    </div>
  );
}
