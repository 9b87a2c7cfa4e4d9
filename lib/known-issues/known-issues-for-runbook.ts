import "server-only";

import { getDb } from "@/lib/db";

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
  const byNode: Record<string, { slug: string; title: string }[]> = {};
  for (const issue of issues) {
    for (const link of issue.runbookNodes) {
      const [slug, nodeId] = link.split("/");
      if (slug === runbookSlug && nodeId) (byNode[nodeId] ??= []).push({ slug: issue.slug, title: issue.title });
    }
  }
  return byNode;
}
