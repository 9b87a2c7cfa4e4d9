import { crossLinkOf } from "./cross-links";
import type { RunbookDefinition } from "./schemas";
import { answersOf, WAY_OUT_LABEL } from "./validate-graph";

export interface CrossLinkProblem {
  runbook: string;
  nodeId: string;
  reason: string;
}

/** Every `<runbook>/<node>` answer names a runbook that exists and a node in it; a way out leads to no leaf. */
export function validateCrossLinks(runbooks: RunbookDefinition[]): CrossLinkProblem[] {
  const bySlug = new Map(runbooks.map((runbook) => [runbook.category, runbook]));
  const problems: CrossLinkProblem[] = [];
  for (const runbook of runbooks) {
    for (const node of runbook.nodes) {
      for (const answer of answersOf(node)) {
        const link = crossLinkOf(answer.next);
        if (!link) continue;
        const target = bySlug.get(link.runbook)?.nodes.find((candidate) => candidate.id === link.node);
        const problem = (reason: string) => problems.push({ runbook: runbook.category, nodeId: node.id, reason });
        if (!bySlug.has(link.runbook))
          problem(`answer "${answer.id}" leads to runbook "${link.runbook}", which does not exist`);
        else if (!target)
          problem(
            `answer "${answer.id}" leads to "${answer.next}": runbook "${link.runbook}" has no node "${link.node}"`,
          );
        else if (
          node.kind === "question" &&
          WAY_OUT_LABEL.test(answer.label) &&
          (target.kind === "escalation" || target.kind === "resolution")
        )
          problem(
            `its way out "${answer.id}" leads to ${target.kind === "escalation" ? "an" : "a"} ${target.kind} in "${link.runbook}"`,
          );
      }
    }
  }
  return problems;
}
