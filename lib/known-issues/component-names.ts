import "server-only";

import { getDb } from "@/lib/db";
import { currentContentVersion } from "@/lib/page-cache/current-content-version";

/** The names of the content version last asked for: every list page asks once, on its first use of the field. */
let cached: { version: number; names: Promise<string[]> } | null = null;

/** Every component name the known issues name, once each and sorted: the component filter's suggestions. */
export async function knownIssueComponentNames(): Promise<string[]> {
  const version = await currentContentVersion();
  if (version !== null && cached?.version === version) return cached.names;
  const names = loadComponentNames();
  if (version !== null) {
    const entry = { version, names };
    cached = entry;
    // A failed read is not kept: the next person asks the database again.
    names.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return names;
}

async function loadComponentNames(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.knownIssue.findMany({ select: { componentNames: true } });
  return [...new Set(rows.flatMap((row) => row.componentNames))].sort((a, b) => a.localeCompare(b));
}
