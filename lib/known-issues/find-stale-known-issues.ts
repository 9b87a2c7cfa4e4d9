import type { KnownIssueFile } from "./schemas";

export interface StaleKnownIssue {
  slug: string;
  category: string;
  lastVerified: string;
  ageDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Known issues last verified more than `days` days before `today`, oldest first. */
export function findStaleKnownIssues(
  issues: Pick<KnownIssueFile, "slug" | "category" | "lastVerified">[],
  days: number,
  today: Date,
): StaleKnownIssue[] {
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return issues
    .map((issue) => ({
      slug: issue.slug,
      category: issue.category,
      lastVerified: issue.lastVerified,
      ageDays: Math.floor((todayUtc - Date.parse(`${issue.lastVerified}T00:00:00Z`)) / DAY_MS),
    }))
    .filter((issue) => issue.ageDays > days)
    .sort((a, b) => b.ageDays - a.ageDays || a.slug.localeCompare(b.slug));
}

/** The number of days from the command line: a positive whole number, or the default. */
export function parseStaleDays(arg: string | undefined, fallback = 90): number {
  if (arg === undefined) return fallback;
  const days = Number(arg);
  if (!Number.isInteger(days) || days < 0) throw new Error(`days must be a whole number of days, got "${arg}"`);
  return days;
}
