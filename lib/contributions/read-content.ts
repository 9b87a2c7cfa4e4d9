import type { ContributionRevision } from "@/lib/db/generated/client";

import type { ContributionKind } from "./kinds";
import { contributionContentSchema, type ContributionContent } from "./schemas";

/** A stored revision back as validated content (the JSON column is re-checked, never trusted). */
export function revisionContent(
  contribution: { kind: ContributionKind; categorySlug: string; runbookNodes: string[] },
  revision: Pick<ContributionRevision, "title" | "body" | "fields">,
): ContributionContent {
  return contributionContentSchema.parse({
    kind: contribution.kind,
    title: revision.title,
    body: revision.body,
    categorySlug: contribution.categorySlug,
    runbookNodes: contribution.runbookNodes,
    ...(revision.fields as object),
  });
}

/** A published contribution as it was approved, not as a pending edit has it since. */
export function publishedListing<
  C extends { categorySlug: string; publishedCategorySlug: string | null; publishedRunbookNodes: string[] },
>(contribution: C): C {
  return {
    ...contribution,
    categorySlug: contribution.publishedCategorySlug ?? contribution.categorySlug,
    runbookNodes: contribution.publishedRunbookNodes,
  };
}
