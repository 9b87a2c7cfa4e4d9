import path from "node:path";

import { findStaleKnownIssues, parseStaleDays } from "@/lib/known-issues/find-stale-known-issues";
import { loadKnownIssueFiles } from "@/lib/known-issues/load-known-issue-files";
import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { runCli } from "./run-cli";

// npm run content:stale -- [days]: the known issues whose lastVerified is older than `days` (default 90), oldest
// first, so someone re-checks them against their sources (status, affected versions, fix).
runCli(async () => {
  const days = parseStaleDays(process.argv[2]);
  const taxonomy = await loadContentFile(path.join(CONTENT_DIR, "taxonomy.yaml"), taxonomyFileSchema);
  const categories = new Set(taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug)));
  const issues = await loadKnownIssueFiles(await loadRunbookFiles(), categories);
  const stale = findStaleKnownIssues(issues, days, new Date());
  for (const issue of stale) {
    console.log(`${issue.lastVerified}  ${String(issue.ageDays).padStart(4)} days  ${issue.slug}  (${issue.category})`);
  }
  console.log(
    `content:stale: ${stale.length} of ${issues.length} known issues last verified more than ${days} days ago.`,
  );
});
