import "server-only";

import { getDb, type Database } from "@/lib/db";
import { groupByRunbookNode } from "@/lib/runbooks/group-by-runbook-node";

/** node id → the published contributions attached to a runbook's step, as approved (linked from that step). */
export async function contributionsForRunbook(
  runbookSlug: string,
  db?: Database,
): Promise<Record<string, { id: string; title: string }[]>> {
  db ??= await getDb();
  const rows = await db.contribution.findMany({
    where: { publishedRevision: { not: null }, publishedRunbookNodes: { isEmpty: false } },
    select: { id: true, publishedTitle: true, publishedRunbookNodes: true },
    orderBy: { publishedTitle: "asc" },
  });
  return groupByRunbookNode(
    rows.map((row) => ({ id: row.id, title: row.publishedTitle ?? "", runbookNodes: row.publishedRunbookNodes })),
    runbookSlug,
    ({ id, title }) => ({ id, title }),
  );
}
