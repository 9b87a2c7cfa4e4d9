import { readdir } from "node:fs/promises";
import path from "node:path";

import type { RunbookFile } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, ContentError, loadContentFile } from "@/lib/seed/load-content-file";

import { knownIssueFileSchema, type KnownIssueFile } from "./schemas";

/**
 * Loads every known-issue file and checks what the schema cannot: the file name matches the slug, the
 * category exists, and each linked runbook step exists in that category's runbook. All problems at once.
 */
export async function loadKnownIssueFiles(
  runbooks: RunbookFile[],
  categorySlugs: Set<string>,
  contentDir = CONTENT_DIR,
): Promise<KnownIssueFile[]> {
  const dir = path.join(contentDir, "known-issues");
  const names = (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  const nodesByRunbook = new Map(
    runbooks.map((r) => [r.definition.category, new Set(r.definition.nodes.map((n) => n.id))]),
  );
  const issues: KnownIssueFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const relative = path.relative(process.cwd(), path.join(dir, name));
    try {
      const issue = await loadContentFile(path.join(dir, name), knownIssueFileSchema);
      if (`${issue.slug}.yaml` !== name)
        problems.push(`${relative}: the file must be named after its slug (${issue.slug}.yaml)`);
      if (!categorySlugs.has(issue.category))
        problems.push(`${relative}: category "${issue.category}" is not in taxonomy.yaml`);
      for (const link of issue.runbookNodes) {
        if (!nodesByRunbook.get(link.runbook)?.has(link.node)) {
          problems.push(`${relative}: runbook step "${link.runbook}/${link.node}" does not exist`);
        }
      }
      issues.push(issue);
    } catch (error) {
      problems.push(error instanceof ContentError ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new ContentError(problems.join("\n"));
  return issues;
}
