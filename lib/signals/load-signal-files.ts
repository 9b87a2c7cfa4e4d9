import { readdir } from "node:fs/promises";
import path from "node:path";

import { CONTENT_DIR, ContentError, loadContentFile } from "@/lib/seed/load-content-file";

import { compileSignals, matchSignals } from "./match-signals";
import { signalFamilyFileSchema, type Signal } from "./schemas";

/** What the signals refer to: the categories and every runbook's node ids. */
export interface SignalTargets {
  categorySlugs: Set<string>;
  nodesByRunbook: Map<string, Set<string>>;
}

/**
 * Loads prisma/content/signals/*.yaml and checks what the schema cannot: file name = family, ids unique
 * across files and, given the targets (the seed and the validator give them), that categories and
 * runbook steps exist and every example fires its own signal. All problems are reported at once.
 */
export async function loadSignalFiles(targets: SignalTargets | null, contentDir = CONTENT_DIR): Promise<Signal[]> {
  const dir = path.join(contentDir, "signals");
  const names = (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  const signals: Signal[] = [];
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const name of names) {
    const relative = path.relative(process.cwd(), path.join(dir, name));
    try {
      const file = await loadContentFile(path.join(dir, name), signalFamilyFileSchema);
      if (`${file.family}.yaml` !== name) problems.push(`${relative}: family must be the file name (${name})`);
      for (const signal of file.signals) {
        const where = `${relative}: signal "${signal.id}"`;
        if (seen.has(signal.id)) problems.push(`${where} is also defined in ${seen.get(signal.id)}`);
        seen.set(signal.id, relative);
        if (targets) problems.push(...checkSignal(signal, targets).map((problem) => `${where} ${problem}`));
        signals.push(signal);
      }
    } catch (error) {
      problems.push(error instanceof ContentError ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new ContentError(problems.join("\n"));
  return signals;
}

export function checkSignal(signal: Signal, { categorySlugs, nodesByRunbook }: SignalTargets): string[] {
  const problems: string[] = [];
  for (const category of signal.categories) {
    if (!categorySlugs.has(category)) problems.push(`names category "${category}", which is not in taxonomy.yaml`);
  }
  for (const step of signal.steps) {
    const [runbook, node] = step.split("/") as [string, string];
    if (!nodesByRunbook.get(runbook)?.has(node))
      problems.push(`starts at runbook step "${step}", which does not exist`);
  }
  const compiled = compileSignals([signal]);
  for (const example of signal.examples) {
    if (matchSignals(compiled, example).length === 0) problems.push(`does not match its own example "${example}"`);
  }
  return problems;
}
