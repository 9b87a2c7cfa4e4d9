import "server-only";

import { getDb } from "@/lib/db";
import { groupByRunbookNode } from "@/lib/runbooks/group-by-runbook-node";

/** node id → the published contributions attached to a runbook's step (linked from that step). */
export async function contributionsForRunbook(
  runbookSlug: string,
): Promise<Record<string, { id: string; title: string }[]>> {
  const db = await getDb();
  const rows = await db.contribution.findMany({
    where: { publishedRevision: { not: null }, runbookNodes: { isEmpty: false } },
    select: { id: true, title: true, runbookNodes: true },
    orderBy: { title: "asc" },
  });
  return groupByRunbookNode(rows, runbookSlug, ({ id, title }) => ({ id, title }));
}
