import "server-only";

import { getDb } from "@/lib/db";

/** Every component name the known issues name, once each and sorted: the component filter's suggestions. */
export async function knownIssueComponentNames(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.knownIssue.findMany({ select: { componentNames: true } });
  return [...new Set(rows.flatMap((row) => row.componentNames))].sort((a, b) => a.localeCompare(b));
}
