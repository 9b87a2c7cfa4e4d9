"use client";

import Link from "next/link";

import type { KnownIssueListData } from "@/lib/known-issues/known-issue-list-data";

import { StatusBadges } from "./status-badges";

/** One row of the list, ready to show: the server formats it, so no formatting code ships to the browser. */
export type KnownIssueListItem = Pick<
  KnownIssueListData["issues"][number],
  "slug" | "title" | "severity" | "status"
> & {
  categoryTitle: string;
  revisions: string;
  signature: string | undefined;
};

// A client component only to make the page smaller: a server component's rendered elements reach the
// browser twice, as HTML and again as the page's React data (about 1.3 KB per row with its class names);
// a client component's React data is its props (about 0.3 KB per row), and it renders the same HTML on the
// server. Page size is what limits how many list pages a server answers (issue 13).
export function KnownIssueListItems({ items }: { items: KnownIssueListItem[] }) {
  return (
    <ul className="space-y-3">
      {items.map((issue) => (
        <li key={issue.slug} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadges severity={issue.severity} status={issue.status} />
            <span className="text-xs text-slate-600 dark:text-slate-400">{issue.categoryTitle}</span>
            <small className="text-xs text-slate-600 dark:text-slate-400">· MCP {issue.revisions}</small>
          </div>
          <Link
            href={`/known-issues/${issue.slug}`}
            className="mt-1 block font-medium text-sky-800 underline dark:text-sky-300"
          >
            {issue.title}
          </Link>
          <code className="mt-1 block truncate text-xs text-slate-600 dark:text-slate-400">{issue.signature}</code>
        </li>
      ))}
    </ul>
  );
}
