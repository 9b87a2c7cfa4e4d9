import type { Prisma } from "@/lib/db/generated/client";
import type { SearchDocumentInput } from "@/lib/search/search-documents";

import type { ContributionContent } from "./schemas";

/** An approved contribution as search sees it: its own words weigh as symptoms, the rest as body. */
export function contributionSearchDocument(id: string, content: ContributionContent): SearchDocumentInput {
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
  };
}

/** Published: searchable. Anything else: gone from search, in the same transaction as the decision. */
export async function syncContributionSearch(
  tx: Prisma.TransactionClient,
  id: string,
  content: ContributionContent | null,
) {
  if (!content) {
    await tx.searchDocument.deleteMany({ where: { id: `contribution:${id}` } });
    return;
  }
  const document = contributionSearchDocument(id, content);
  const { id: documentId, ...data } = document;
  await tx.searchDocument.upsert({ where: { id: documentId }, create: document, update: data });
}
