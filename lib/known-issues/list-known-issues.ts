import "server-only";

import { getDb } from "@/lib/db";

import type { KnownIssueFilters } from "./list-filters";

const SEVERITY_ORDER = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;

/** Known issues matching the filters, most severe and most recently updated first, with the filter options. */
export async function listKnownIssues(filters: KnownIssueFilters) {
  const db = await getDb();
  const [issues, components] = await Promise.all([
    db.knownIssue.findMany({
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
    }),
    db.knownIssue.findMany({ select: { componentNames: true } }),
  ]);
  issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const componentOptions = [...new Set(components.flatMap((c) => c.componentNames))].sort((a, b) => a.localeCompare(b));
  return { issues, componentOptions };
}
