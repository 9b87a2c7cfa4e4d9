import type { SignalTargets } from "@/lib/signals/load-signal-files";
import { stepRefField } from "@/lib/signals/schemas";

import type { CheckDefinition } from "./catalog";

/**
 * What types cannot check about the probe's catalog: ids unique, and every runbook step it links to
 * exists in the runbook files. Returns every problem, each naming the check.
 */
export function validateProbeCatalog(
  checks: readonly CheckDefinition[],
  { nodesByRunbook }: Pick<SignalTargets, "nodesByRunbook">,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.id)) problems.push(`probe check "${check.id}" is defined twice`);
    seen.add(check.id);
    if (!stepRefField.safeParse(check.step).success) {
      problems.push(`probe check "${check.id}" names "${check.step}", which is not <runbook>/<node id>`);
      continue;
    }
    const [runbook, node] = check.step.split("/") as [string, string];
    if (!nodesByRunbook.get(runbook)?.has(node))
      problems.push(`probe check "${check.id}" links to runbook step "${check.step}", which does not exist`);
  }
  return problems;
}
