import "server-only";

import { getDb } from "@/lib/db";
import { AppError, fromZodError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";

import { outcomeInputSchema } from "./outcome-schema";
import { runbookDefinitionSchema } from "./schemas";

/**
 * Records a "Did this fix it?" answer. Anonymous, so the only guard is the per-IP limit, checked in the
 * same transaction as the insert. Only resolution steps of the named runbook accept an outcome.
 */
export async function recordOutcome(slug: string, rawInput: unknown, clientIp: string) {
  const parsed = outcomeInputSchema.safeParse(rawInput);
  if (!parsed.success) throw fromZodError(parsed.error);
  const input = parsed.data;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const runbook = await tx.runbook.findUnique({ where: { slug }, select: { id: true, definition: true } });
    if (!runbook) throw new AppError("NOT_FOUND", `There is no runbook "${slug}".`);
    const node = runbookDefinitionSchema.parse(runbook.definition).nodes.find((n) => n.id === input.nodeId);
    if (node?.kind !== "resolution") {
      throw new AppError("BAD_REQUEST", "Only a resolution step can be marked as fixed or not fixed.");
    }
    await enforceRateLimit(tx, "runbookOutcome", clientIp);
    await tx.runbookOutcome.create({
      data: { runbookId: runbook.id, nodeId: input.nodeId, runbookVersion: input.version, fixed: input.fixed },
    });
    return { fixed: input.fixed };
  });
}
