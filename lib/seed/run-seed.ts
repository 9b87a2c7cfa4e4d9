import path from "node:path";

import type { Database } from "@/lib/db/create-client";
import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { seedRunbooks } from "@/lib/runbooks/seed-runbooks";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";
import { seedTaxonomy } from "@/lib/taxonomy/seed-taxonomy";

import { CONTENT_DIR, loadContentFile } from "./load-content-file";
import { emptyCounts, type SeedCounts } from "./seed-counts";

/**
 * Loads every versioned content file and writes it in one transaction: a file that fails validation or a
 * write that fails leaves the database as it was.
 */
export async function runSeed(db: Database, contentDir = CONTENT_DIR): Promise<SeedCounts> {
  const taxonomy = await loadContentFile(path.join(contentDir, "taxonomy.yaml"), taxonomyFileSchema);
  const runbooks = await loadRunbookFiles(contentDir);
  const counts = emptyCounts();
  await db.$transaction(
    async (tx) => {
      await seedTaxonomy(tx, taxonomy, counts);
      await seedRunbooks(tx, runbooks, counts);
    },
    { timeout: 60_000 },
  );
  return counts;
}
