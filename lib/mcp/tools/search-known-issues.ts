import "server-only";

import { listKnownIssues } from "@/lib/known-issues/list-known-issues";
import { search } from "@/lib/search/search";

import { communityLine, plainLine } from "../plain-text";
import { portalUrl } from "../portal-url";
import type { KnownIssueSummary } from "../schemas";

import { communitySlugs, knownIssueSummaries } from "./known-issue-summaries";

interface Input {
  query?: string;
  category?: string;
  status?: "open" | "mitigated" | "fixed";
  limit: number;
}

/** Known issues matching words or an error (the portal's search), or, without a query, the filtered list. */
export async function searchKnownIssues(input: Input, origin: string) {
  const filters = { category: input.category, status: input.status };
  if (input.query) {
    const { result } = await search({ q: input.query, type: "known-issue", ...filters, limit: String(input.limit) });
    const params = new URLSearchParams({ q: input.query.slice(0, 500), type: "known-issue" });
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    return {
      issues: await knownIssueSummaries(result.hits, origin),
      total: result.total,
      searchUrl: portalUrl(origin, `/search?${params}`),
    };
  }
  const { issues } = await listKnownIssues(filters);
  const shown = issues.slice(0, input.limit);
  const community = await communitySlugs(shown.map((issue) => issue.slug));
  const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]));
  return {
    issues: shown.map((issue): KnownIssueSummary => ({
      slug: issue.slug,
      title: community.has(issue.slug) ? communityLine(issue.title) : plainLine(issue.title),
      url: portalUrl(origin, `/known-issues/${issue.slug}`),
      category: issue.category.slug,
      severity: issue.severity.toLowerCase(),
      status: issue.status.toLowerCase(),
      source: community.has(issue.slug) ? "community" : "portal",
    })),
    total: issues.length,
    searchUrl: portalUrl(origin, `/known-issues${params.size ? `?${params}` : ""}`),
  };
}
