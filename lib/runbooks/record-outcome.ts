import { z } from "zod";

import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutations/define-mutation";

import { outcomeInputSchema } from "./outcome-schema";
import { runbookDefinitionSchema } from "./schemas";

/**
 * Records a "Did this fix it?" answer. Anonymous, so the only guard is the per-IP limit, counted before
 * the insert's transaction (a refused answer counts too). Only resolution steps of the named runbook
 * accept an outcome.
 */
export const recordOutcome = defineMutation({
  name: "runbook.outcome",
  rule: "anyone, signed in or not, within the per-IP limit",
  allow: () => true,
  schema: outcomeInputSchema.extend({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown runbook.") }),
  rateLimits: (context) => [{ policy: "runbookOutcome", subject: context.ip }],
  async run(tx, input) {
    const runbook = await tx.runbook.findUnique({
      where: { slug: input.slug },
      select: { id: true, definition: true },
    });
    if (!runbook) throw new AppError("NOT_FOUND", `There is no runbook "${input.slug}".`);
    const node = runbookDefinitionSchema.parse(runbook.definition).nodes.find((n) => n.id === input.nodeId);
    if (node?.kind !== "resolution") {
      throw new AppError("BAD_REQUEST", "Only a resolution step can be marked as fixed or not fixed.");
    }
    await tx.runbookOutcome.create({
      data: { runbookId: runbook.id, nodeId: input.nodeId, runbookVersion: input.version, fixed: input.fixed },
    });
    return { fixed: input.fixed };
  },
});
