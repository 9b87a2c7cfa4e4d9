import path from "node:path";

import { loadKnownIssueFiles } from "@/lib/known-issues/load-known-issue-files";
import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { runCli } from "./run-cli";

runCli(async () => {
  const taxonomy = await loadContentFile(path.join(CONTENT_DIR, "taxonomy.yaml"), taxonomyFileSchema);
  const categories = new Set(taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug)));
  const issues = await loadKnownIssueFiles(await loadRunbookFiles(), categories);
  const perCategory = new Map<string, number>();
  for (const issue of issues) perCategory.set(issue.category, (perCategory.get(issue.category) ?? 0) + 1);
  for (const [category, count] of [...perCategory].sort()) console.log(`${category}: ${count}`);
  console.log(`known-issues:validate: ${issues.length} known issues valid.`);
});
