import { createHash } from "node:crypto";

import type { Prisma } from "@/lib/db/generated/client";
import type { SeedCounts } from "@/lib/seed/seed-counts";

import type { KnownIssueFile } from "./schemas";

/** Writes each known issue when its file changed (by content hash); unchanged files cost one read. */
export async function seedKnownIssues(tx: Prisma.TransactionClient, issues: KnownIssueFile[], counts: SeedCounts) {
  const categories = new Map(
    (await tx.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  const existing = new Map(
    (await tx.knownIssue.findMany({ select: { slug: true, contentHash: true } })).map((k) => [k.slug, k.contentHash]),
  );
  for (const issue of issues) {
    const contentHash = createHash("sha256").update(JSON.stringify(issue)).digest("hex");
    if (existing.get(issue.slug) === contentHash) {
      counts.unchanged++;
      continue;
    }
    const data = knownIssueRowData(issue, categories.get(issue.category)!, contentHash);
    await tx.knownIssue.upsert({ where: { slug: issue.slug }, create: { slug: issue.slug, ...data }, update: data });
    if (existing.has(issue.slug)) counts.updated++;
    else counts.created++;
  }
}

/** A validated known issue as its database row (without the slug), for the seed and for contributions. */
export function knownIssueRowData(issue: KnownIssueFile, categoryId: string, contentHash: string) {
  return {
    title: issue.title,
    categoryId,
    severity: issue.severity.toUpperCase() as Uppercase<KnownIssueFile["severity"]>,
    status: issue.status.toUpperCase() as Uppercase<KnownIssueFile["status"]>,
    errorSignatures: issue.errorSignatures,
    symptoms: issue.symptoms,
    components: issue.components,
    componentNames: [...new Set(issue.components.map((c) => c.name))],
    rootCause: issue.rootCause,
    resolution: issue.resolution,
    workaround: issue.workaround ?? null,
    references: issue.references,
    advisories: issue.advisories,
    runbookNodes: issue.runbookNodes.map((link) => `${link.runbook}/${link.node}`),
    revisions: issue.revisions,
    firstSeen: new Date(issue.firstSeen),
    lastUpdated: new Date(issue.lastUpdated),
    lastVerified: new Date(issue.lastVerified),
    contentHash,
  };
}
