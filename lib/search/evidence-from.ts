import type { Evidence } from "@/lib/diagnosis/rank-categories";

import type { Candidate } from "./score-candidates";

const EVIDENCE = 10;
const NODE_PREFIX = "runbook-node:";

/** The best results as evidence for a diagnosis, with the runbook steps each points to. */
export function evidenceFrom(candidates: Candidate[]): Evidence[] {
  return [...candidates]
    .sort((a, b) => b.score - a.score)
    .slice(0, EVIDENCE)
    .map((c) => ({
      id: c.id,
      type: c.type,
      categorySlug: c.categorySlug,
      title: c.title,
      url: c.url,
      score: c.score,
      signatureScore: c.signatureScore,
      coverage: c.coverage,
      steps: c.id.startsWith(NODE_PREFIX) ? [c.id.slice(NODE_PREFIX.length)] : c.runbookNodes,
    }));
}
