import type { Database } from "@/lib/db/create-client";
import type { Evidence } from "@/lib/diagnosis/rank-categories";

import type { Candidate } from "./score-candidates";

const EVIDENCE = 10;
const NODE_PREFIX = "runbook-node:";
const KNOWN_ISSUE_PREFIX = "known-issue:";

/** The best results as evidence for a diagnosis, with the runbook steps each points to. */
export async function loadEvidence(db: Database, candidates: Candidate[]): Promise<Evidence[]> {
  const best = [...candidates].sort((a, b) => b.score - a.score).slice(0, EVIDENCE);
  const slugs = best
    .filter((c) => c.id.startsWith(KNOWN_ISSUE_PREFIX))
    .map((c) => c.id.slice(KNOWN_ISSUE_PREFIX.length));
  const issues =
    slugs.length === 0
      ? []
      : await db.knownIssue.findMany({ where: { slug: { in: slugs } }, select: { slug: true, runbookNodes: true } });
  const links = new Map(issues.map((issue) => [`${KNOWN_ISSUE_PREFIX}${issue.slug}`, issue.runbookNodes]));
  return best.map((c) => ({
    id: c.id,
    type: c.type,
    categorySlug: c.categorySlug,
    score: c.score,
    signatureScore: c.signatureScore,
    coverage: c.coverage,
    steps: c.id.startsWith(NODE_PREFIX) ? [c.id.slice(NODE_PREFIX.length)] : (links.get(c.id) ?? []),
  }));
}
