import { readdir } from "node:fs/promises";
import path from "node:path";

import { CONTENT_DIR, ContentError, loadContentFile } from "@/lib/seed/load-content-file";

import { runbookDefinitionSchema, type RunbookDefinition } from "./schemas";
import { validateCrossLinks } from "./validate-cross-links";
import { validateRunbookGraph } from "./validate-graph";

export interface RunbookFile {
  file: string;
  definition: RunbookDefinition;
}

/**
 * Loads and validates every runbook file. All problems in all files are reported at once, each as
 * "file: node id: reason", so an author fixes them in one pass.
 */
export async function loadRunbookFiles(contentDir = CONTENT_DIR): Promise<RunbookFile[]> {
  const dir = path.join(contentDir, "runbooks");
  const names = (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  const files: RunbookFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const relative = path.relative(process.cwd(), file);
    try {
      const definition = await loadContentFile(file, runbookDefinitionSchema);
      if (`${definition.category}.yaml` !== name) {
        problems.push(`${relative}: the file must be named after its category (${definition.category}.yaml)`);
      }
      for (const problem of validateRunbookGraph(definition)) {
        problems.push(`${relative}: ${problem.nodeId ? `node "${problem.nodeId}": ` : ""}${problem.reason}`);
      }
      files.push({ file: relative, definition });
    } catch (error) {
      problems.push(error instanceof ContentError ? error.message : String(error));
    }
  }
  const fileOf = new Map(files.map((f) => [f.definition.category, f.file]));
  for (const problem of validateCrossLinks(files.map((f) => f.definition))) {
    problems.push(`${fileOf.get(problem.runbook)}: node "${problem.nodeId}": ${problem.reason}`);
  }
  if (problems.length > 0) throw new ContentError(problems.join("\n"));
  return files;
}
