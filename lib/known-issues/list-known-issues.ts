import "server-only";

import { getDb } from "@/lib/db";

import { KNOWN_ISSUES_PAGE_SIZE, type KnownIssueFilters } from "./list-filters";

const SEVERITY_ORDER = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;

/**
 * One page of the known issues matching the filters, most severe and most recently updated first, with their
 * total. A page past the last is the last.
 */
export async function listKnownIssues(filters: KnownIssueFilters) {
  const db = await getDb();
  const issues = await db.knownIssue.findMany({
    where: {
      category: filters.category ? { slug: filters.category } : undefined,
      status: filters.status ? (filters.status.toUpperCase() as "OPEN") : undefined,
      severity: filters.severity ? (filters.severity.toUpperCase() as "LOW") : undefined,
      componentNames: filters.component ? { has: filters.component } : undefined,
      revisions: filters.revision ? { has: filters.revision } : undefined,
    },
    select: {
      slug: true,
      title: true,
      severity: true,
      status: true,
      lastUpdated: true,
      revisions: true,
      errorSignatures: true,
      category: { select: { slug: true, title: true } },
    },
    orderBy: [{ lastUpdated: "desc" }, { title: "asc" }],
  });
  // Severity is an enum whose order the database does not know: sorted here (a stable sort keeps the date order).
  issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const pageCount = Math.max(1, Math.ceil(issues.length / KNOWN_ISSUES_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pageCount);
  const first = (page - 1) * KNOWN_ISSUES_PAGE_SIZE;
  return {
    issues: issues.slice(first, first + KNOWN_ISSUES_PAGE_SIZE),
    total: issues.length,
    first: first + 1,
    page,
    pageCount,
  };
}
