import Link from "next/link";

import type { KnownIssueFilters } from "@/lib/known-issues/list-filters";
import { knownIssuesHref } from "@/lib/known-issues/list-query";

interface Props {
  filters: KnownIssueFilters;
  page: number;
  pageCount: number;
}

const link =
  "rounded-lg border border-slate-300 px-3 py-1.5 text-sky-800 hover:border-sky-600 dark:border-slate-600 dark:text-sky-300";

/** Previous and next page of the list, with the same filters: plain links, so they work without JavaScript. */
export function KnownIssuePages({ filters, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const to = (target: number) => knownIssuesHref({ ...filters, page: target });
  return (
    <nav aria-label="Pages of known issues" className="flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={to(page - 1)} rel="prev" className={link}>
          Previous page
        </Link>
      ) : null}
      <span className="text-slate-600 dark:text-slate-400">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={to(page + 1)} rel="next" className={link}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
