import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { rebuildRunbook } from "@/lib/runbooks/rebuild-runbook";
import { knownIssueDocument, type SearchDocumentInput } from "@/lib/search/search-documents";

import { publishKnownIssue, unpublishKnownIssue } from "./community-known-issue";

import type { ContributionContent } from "./schemas";

/** An approved contribution as search sees it: its own words weigh as symptoms, the rest as body. */
export function contributionSearchDocument(
  id: string,
  content: Exclude<ContributionContent, { kind: "KNOWN_ISSUE" | "RUNBOOK_CHANGE" }>,
): SearchDocumentInput {
  const summary =
    content.kind === "DIAGNOSTIC_TECHNIQUE"
      ? content.reveals
      : content.kind === "RESOLUTION_PROCEDURE"
        ? content.verification
        : content.kind === "COMMON_SOLUTION"
          ? content.problem
          : `${content.name}: ${content.checks}`;
  const steps = "steps" in content ? content.steps : [];
  return {
    id: `contribution:${id}`,
    type: "CONTRIBUTION",
    url: `/contributions/${id}`,
    title: content.title,
    signatures: "",
    signaturesNormalized: "",
    symptoms: summary,
    body: [content.body, ...steps].join("\n"),
    categorySlug: content.categorySlug,
    status: null,
    severity: null,
    componentNames: [],
    revisions: [],
  };
}

/**
 * Published: searchable, a known issue becomes a known-issue record and a runbook change is applied to
 * its runbook (whose steps are searchable). Anything else: gone from all three. Always in the
 * transaction of the moderation decision. Search documents of contributions have ids
 * "contribution:<id>", which the seed leaves alone.
 */
export async function syncPublication(
  tx: Prisma.TransactionClient,
  contribution: { id: string; kind: ContributionContent["kind"]; categorySlug: string },
  content: ContributionContent | null,
) {
  const { id } = contribution;
  if (contribution.kind === "RUNBOOK_CHANGE") {
    const { skipped } = await rebuildRunbook(tx, contribution.categorySlug);
    const refused = skipped.find((change) => change.id === id);
    if (content && refused) {
      throw new AppError("CONFLICT", `This change no longer applies to the runbook: ${refused.problems.join(" ")}`);
    }
    return;
  }
  if (!content) {
    await unpublishKnownIssue(tx, id);
    await tx.searchDocument.deleteMany({ where: { id: `contribution:${id}` } });
    return;
  }
  if (content.kind === "RUNBOOK_CHANGE") return;
  const document =
    content.kind === "KNOWN_ISSUE"
      ? { ...knownIssueDocument(await publishKnownIssue(tx, id, content)), id: `contribution:${id}` }
      : contributionSearchDocument(id, content);
  const { id: documentId, ...data } = document;
  await tx.searchDocument.upsert({ where: { id: documentId }, create: document, update: data });
}
