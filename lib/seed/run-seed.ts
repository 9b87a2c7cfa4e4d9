import path from "node:path";

import type { Database } from "@/lib/db/create-client";
import { loadKnownIssueFiles } from "@/lib/known-issues/load-known-issue-files";
import { seedKnownIssues } from "@/lib/known-issues/seed-known-issues";
import { bumpContentVersion } from "@/lib/page-cache/content-version";
import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { seedRunbooks } from "@/lib/runbooks/seed-runbooks";
import { refreshLexemeStats } from "@/lib/search/refresh-lexeme-stats";
import { categoryDocuments, knownIssueDocument } from "@/lib/search/search-documents";
import { syncSearchDocuments } from "@/lib/search/sync-search-documents";
import { loadSignalFiles } from "@/lib/signals/load-signal-files";
import { signalTargets } from "@/lib/signals/signal-targets";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";
import { seedTaxonomy } from "@/lib/taxonomy/seed-taxonomy";

import { CONTENT_DIR, loadContentFile } from "./load-content-file";
import { emptyCounts } from "./seed-counts";

/**
 * Loads every versioned content file and writes it in one transaction: a file that fails validation or a
 * write that fails leaves the database as it was.
 */
export async function runSeed(db: Database, contentDir = CONTENT_DIR) {
  const taxonomy = await loadContentFile(path.join(contentDir, "taxonomy.yaml"), taxonomyFileSchema);
  const runbooks = await loadRunbookFiles(contentDir);
  const categorySlugs = new Set(taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug)));
  const knownIssues = await loadKnownIssueFiles(runbooks, categorySlugs, contentDir);
  // Signals are read from their files at run time; the seed refuses them if a step or category is gone.
  await loadSignalFiles(signalTargets(taxonomy, runbooks), contentDir);
  const documents = [...categoryDocuments(taxonomy), ...knownIssues.map(knownIssueDocument)];
  const counts = emptyCounts();
  let skippedChanges: Awaited<ReturnType<typeof seedRunbooks>>["skipped"] = [];
  await db.$transaction(
    async (tx) => {
      await seedTaxonomy(tx, taxonomy, counts);
      // Runbooks keep their own steps' search documents: served steps include approved community changes.
      ({ skipped: skippedChanges } = await seedRunbooks(tx, runbooks, counts));
      await seedKnownIssues(tx, knownIssues, counts);
      // Search documents are derived from the rows above, so they are not counted separately.
      await syncSearchDocuments(tx, ["CATEGORY", "KNOWN_ISSUE"], documents);
      await refreshLexemeStats(tx);
      // Every cached page was rendered from the content before this seed (lib/page-cache): retire them all.
      await bumpContentVersion(tx);
    },
    { timeout: 60_000 },
  );
  return { ...counts, skippedChanges };
}
