import "server-only";

import { getDb } from "@/lib/db";

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
  const byNode: Record<string, { id: string; title: string }[]> = {};
  for (const row of rows) {
    for (const ref of row.runbookNodes) {
      const [slug, nodeId] = ref.split("/");
      if (slug === runbookSlug && nodeId) (byNode[nodeId] ??= []).push({ id: row.id, title: row.title });
    }
  }
  return byNode;
}
