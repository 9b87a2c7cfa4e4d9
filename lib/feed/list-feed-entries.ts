import "server-only";

import { CONTRIBUTION_KINDS } from "@/lib/contributions/kinds";
import { PUBLISHED_CONTRIBUTION_PAGES } from "@/lib/contributions/published-pages";
import { getDb } from "@/lib/db";

import type { AtomEntry } from "./render-atom";

const LIMIT = 50;

/**
 * What is new on the portal, newest first: known issues (curated or from approved contributions) and
 * published contributions, runbook changes included. Only published content: drafts, pending and
 * rejected contributions never appear.
 */
export async function listFeedEntries(origin: string): Promise<AtomEntry[]> {
  const db = await getDb();
  const [issues, contributions] = await Promise.all([
    db.knownIssue.findMany({
      select: {
        slug: true,
        title: true,
        symptoms: true,
        firstSeen: true,
        lastUpdated: true,
        createdAt: true,
        updatedAt: true,
        contributionId: true,
        category: { select: { title: true } },
      },
      orderBy: { createdAt: "desc" },
      take: LIMIT,
    }),
    db.contribution.findMany({
      where: PUBLISHED_CONTRIBUTION_PAGES,
      select: {
        id: true,
        kind: true,
        title: true,
        categorySlug: true,
        publishedAt: true,
        author: { select: { name: true } },
      },
      orderBy: { publishedAt: "desc" },
      take: LIMIT,
    }),
  ]);
  const entries: AtomEntry[] = [
    ...issues.map((issue) => ({
      id: `${origin}/known-issues/${issue.slug}`,
      title: `Known issue: ${issue.title}`,
      url: `${origin}/known-issues/${issue.slug}`,
      published: issue.contributionId ? issue.createdAt : issue.firstSeen,
      updated: issue.contributionId ? issue.updatedAt : issue.lastUpdated,
      summary: issue.symptoms.slice(0, 500),
      category: issue.category.title,
      author: issue.contributionId ? "Community contribution" : "MCP Security Troubleshooting Portal",
    })),
    ...contributions.map((c) => ({
      id: `${origin}/contributions/${c.id}`,
      title: `${CONTRIBUTION_KINDS[c.kind].label}: ${c.title}`,
      url: `${origin}/contributions/${c.id}`,
      published: c.publishedAt!,
      updated: c.publishedAt!,
      summary:
        c.kind === "RUNBOOK_CHANGE"
          ? `An approved change to the ${c.categorySlug} runbook.`
          : `A community ${CONTRIBUTION_KINDS[c.kind].label.toLowerCase()} for ${c.categorySlug}.`,
      category: c.categorySlug,
      author: c.author.name ?? "A community member",
    })),
  ];
  return entries.sort((a, b) => b.published.getTime() - a.published.getTime()).slice(0, LIMIT);
}
