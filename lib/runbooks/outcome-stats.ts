import "server-only";

import { getDb } from "@/lib/db";

import type { OutcomeStats } from "./outcome-stats-types";

/** A success rate is shown only from this many answers on: fewer say nothing. */
export const MIN_OUTCOMES_FOR_RATE = 5;

/** "Did this fix it?" counts per resolution node, over all versions of the runbook. */
export async function outcomeStats(runbookId: string): Promise<Record<string, OutcomeStats>> {
  const db = await getDb();
  const groups = await db.runbookOutcome.groupBy({
    by: ["nodeId", "fixed"],
    where: { runbookId },
    _count: { _all: true },
  });
  const stats: Record<string, OutcomeStats> = {};
  for (const group of groups) {
    const entry = (stats[group.nodeId] ??= { fixed: 0, total: 0 });
    entry.total += group._count._all;
    if (group.fixed) entry.fixed += group._count._all;
  }
  return stats;
}
