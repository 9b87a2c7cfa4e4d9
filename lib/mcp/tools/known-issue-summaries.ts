import "server-only";

import { getDb } from "@/lib/db";
import type { SearchHit } from "@/lib/search/run-search";

import { MCP_LIMITS } from "../limits";
import { communityLine, communityText, plainLine, plainText } from "../plain-text";
import { portalUrl } from "../portal-url";
import type { KnownIssueSummary } from "../schemas";

/** Known-issue search hits as the tools return them: absolute URL, plain text, community ones labelled. */
export async function knownIssueSummaries(hits: SearchHit[], origin: string): Promise<KnownIssueSummary[]> {
  const issues = hits.filter((hit) => hit.type === "known-issue");
  // A contributed issue's search document is "contribution:<id>"; the URL names every issue the same way.
  const slugs = issues.map((hit) => hit.url.replace(/^\/known-issues\//, ""));
  const community = await communitySlugs(slugs);
  return issues.map((hit, index) => {
    const slug = slugs[index]!;
    const isCommunity = community.has(slug);
    return {
      slug,
      title: isCommunity ? communityLine(hit.title, MCP_LIMITS.line) : plainLine(hit.title, MCP_LIMITS.line),
      url: portalUrl(origin, hit.url),
      category: hit.categorySlug,
      severity: hit.severity,
      status: hit.status,
      source: isCommunity ? "community" : "portal",
      excerpt: isCommunity ? communityText(hit.snippet, 600) : plainText(hit.snippet, 600),
    };
  });
}

/** Which of these known issues came from approved community contributions. */
export async function communitySlugs(slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const db = await getDb();
  const rows = await db.knownIssue.findMany({
    where: { slug: { in: slugs }, contributionId: { not: null } },
    select: { slug: true },
  });
  return new Set(rows.map((row) => row.slug));
}
