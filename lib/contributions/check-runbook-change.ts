import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { applyRunbookChange, changeFromFields } from "@/lib/runbooks/runbook-change";
import { runbookDefinitionSchema } from "@/lib/runbooks/schemas";

import { LIMITS } from "./kinds";
import type { ContributionContent } from "./schemas";

type RunbookChangeContent = Extract<ContributionContent, { kind: "RUNBOOK_CHANGE" }>;

/**
 * A proposed runbook change must apply to the runbook as served now and leave a runbook the validator
 * accepts; the author hears what is wrong when saving, not at review. The steps it adds or changes
 * become the steps it is attached to (they link to it once approved, as attribution).
 */
export async function checkRunbookChange(
  tx: Prisma.TransactionClient,
  content: RunbookChangeContent,
): Promise<RunbookChangeContent> {
  const runbook = await tx.runbook.findUnique({ where: { slug: content.categorySlug } });
  if (!runbook) throw new AppError("BAD_REQUEST", "This category has no runbook to change.");
  const applied = applyRunbookChange(runbookDefinitionSchema.parse(runbook.definition), changeFromFields(content));
  if (applied.problems.length > 0) {
    const message = `This change cannot be applied to the runbook (version ${runbook.version}): ${applied.problems.slice(0, 6).join(" ")}`;
    throw new AppError("BAD_REQUEST", message, { fields: { proposal: message } });
  }
  const touched = applied.steps.filter((step) => step.action !== "removed").map((step) => `${runbook.slug}/${step.id}`);
  return { ...content, runbookNodes: touched.slice(0, LIMITS.runbookNodes) };
}
