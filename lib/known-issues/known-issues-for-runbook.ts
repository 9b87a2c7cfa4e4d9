import "server-only";

import { getDb } from "@/lib/db";
import { groupByRunbookNode } from "@/lib/runbooks/group-by-runbook-node";

/** node id → the known issues that a runbook's step resolves (the links back from resolutions). */
export async function knownIssuesForRunbook(
  runbookSlug: string,
): Promise<Record<string, { slug: string; title: string }[]>> {
  const db = await getDb();
  const issues = await db.knownIssue.findMany({
    where: { category: { slug: runbookSlug } },
    select: { slug: true, title: true, runbookNodes: true },
    orderBy: { title: "asc" },
  });
  return groupByRunbookNode(issues, runbookSlug, ({ slug, title }) => ({ slug, title }));
}
