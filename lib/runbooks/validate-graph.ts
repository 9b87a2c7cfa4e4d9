import { undefinedCommandVariables } from "./command-variables";
import { isCrossLink } from "./cross-links";
import type { RunbookDefinition, RunbookNode } from "./schemas";
import type { WalkableNode } from "./walk-graph";

export interface GraphProblem {
  nodeId: string | null;
  reason: string;
}

const LEAF_KINDS = new Set(["resolution", "escalation"]);
// Number keys 1–8 pick an answer; a question needs room for its way out beside the common cases.
const ANSWER_LIMITS = { question: [2, 8], diagnostic: [1, 8] } as const;

/**
 * Rule 1 of issue 15: every question has a way out for the person whose case none of the answers describes.
 * Its label says so in words people use, and it leads to a step that finds out more (a diagnostic or another
 * question, here or in another runbook), never straight to an escalation.
 */
export const WAY_OUT_LABEL = /^(none of (these|the above)|(i )?can['’]t tell|not sure|something else|can['’]t run)/i;

/**
 * Rule 5 of issue 15: every resolution ends with a way on for the person it did not help ("Didn't help: …"),
 * leading to the next check, another runbook's step or, where nothing else is left, an escalation.
 */
export const DIDNT_HELP_LABEL = /^didn['’]t (help|work|fix)/i;

export function answersOf(node: WalkableNode) {
  return node.kind === "escalation" ? [] : (node.answers ?? []);
}

/**
 * Checks that a runbook is a tree a person can walk: one root, every answer leads to an existing node,
 * every node is reachable, there is no cycle, and every path ends in a resolution or an escalation.
 */
export function validateRunbookGraph(runbook: RunbookDefinition): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const byId = new Map<string, RunbookNode>();
  for (const node of runbook.nodes) {
    if (byId.has(node.id)) problems.push({ nodeId: node.id, reason: "duplicate node id" });
    else byId.set(node.id, node);
  }
  if (!byId.has(runbook.root))
    problems.push({ nodeId: null, reason: `missing root: no node has id "${runbook.root}"` });

  for (const node of byId.values()) {
    const answers = answersOf(node);
    if (node.kind === "question" || node.kind === "diagnostic") {
      const [min, max] = ANSWER_LIMITS[node.kind];
      if (answers.length < min || answers.length > max) {
        problems.push({
          nodeId: node.id,
          reason: `a ${node.kind} needs ${min} to ${max} answers, it has ${answers.length}`,
        });
      }
    }
    const answerIds = new Set<string>();
    for (const answer of answers) {
      if (answerIds.has(answer.id)) problems.push({ nodeId: node.id, reason: `duplicate answer id "${answer.id}"` });
      answerIds.add(answer.id);
      if (isCrossLink(answer.next)) {
        if (answer.next.startsWith(`${runbook.category}/`))
          problems.push({
            nodeId: node.id,
            reason: `answer "${answer.id}" names its own runbook in "${answer.next}": use the node id alone`,
          });
      } else if (!byId.has(answer.next)) {
        problems.push({
          nodeId: node.id,
          reason: `answer "${answer.id}" leads to "${answer.next}", which does not exist`,
        });
      }
    }
    if (answers.length === 0 && !LEAF_KINDS.has(node.kind)) {
      problems.push({
        nodeId: node.id,
        reason: `a ${node.kind} cannot end a path: leaves must be resolutions or escalations`,
      });
    }
    if (node.kind === "question") problems.push(...wayOutProblems(node, byId));
    if (node.kind === "resolution" && !answers.some((answer) => DIDNT_HELP_LABEL.test(answer.label)))
      problems.push({
        nodeId: node.id,
        reason: `a resolution needs a way on when it did not help: an answer such as "Didn't help: the same error remains" leading to the next check`,
      });
    const missing = undefinedCommandVariables(node);
    if (missing.length > 0) {
      problems.push({
        nodeId: node.id,
        reason: `its commands use ${missing.map((name) => `$${name}`).join(", ")} without setting ${missing.length > 1 ? "them" : "it"} in this step: assign ${missing.length > 1 ? "them" : "it"}, or guard with : "\${NAME:?what to set}"`,
      });
    }
  }

  if (byId.has(runbook.root)) {
    problems.push(...findCycles(runbook.root, byId));
    const reachable = reachableFrom(runbook.root, byId);
    for (const nodeId of byId.keys()) {
      if (!reachable.has(nodeId)) problems.push({ nodeId, reason: "unreachable from the root" });
    }
  }
  return problems;
}

function wayOutProblems(node: RunbookNode, byId: Map<string, RunbookNode>): GraphProblem[] {
  const wayOut = answersOf(node).find((answer) => WAY_OUT_LABEL.test(answer.label));
  if (!wayOut)
    return [
      {
        nodeId: node.id,
        reason: `a question needs a way out: an answer such as "None of these" or "Can't tell" leading to a diagnostic`,
      },
    ];
  const target = byId.get(wayOut.next);
  if (target?.kind === "escalation" || target?.kind === "resolution")
    return [
      {
        nodeId: node.id,
        reason: `its way out "${wayOut.id}" leads to ${target.kind === "escalation" ? "an" : "a"} ${target.kind}: it must lead to a step that finds out more`,
      },
    ];
  return [];
}

function reachableFrom(root: string, byId: Map<string, RunbookNode>): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const nodeId = stack.pop()!;
    const node = byId.get(nodeId);
    if (!node || seen.has(nodeId)) continue;
    seen.add(nodeId);
    for (const answer of answersOf(node)) stack.push(answer.next);
  }
  return seen;
}

function findCycles(root: string, byId: Map<string, RunbookNode>): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (nodeId: string, path: string[]) => {
    const node = byId.get(nodeId);
    if (!node || state.get(nodeId) === "done") return;
    if (state.get(nodeId) === "visiting") {
      const cycle = [...path.slice(path.indexOf(nodeId)), nodeId];
      problems.push({ nodeId, reason: `cycle: ${cycle.join(" → ")}` });
      return;
    }
    state.set(nodeId, "visiting");
    for (const answer of answersOf(node)) visit(answer.next, [...path, nodeId]);
    state.set(nodeId, "done");
  };
  visit(root, []);
  return problems;
}

/** The longest path from the root, counted in nodes (root alone = 1). Assumes no cycle. */
export function runbookDepth(runbook: RunbookDefinition): number {
  const byId = new Map(runbook.nodes.map((node) => [node.id, node]));
  const memo = new Map<string, number>();
  const depth = (nodeId: string): number => {
    const cached = memo.get(nodeId);
    if (cached !== undefined) return cached;
    const node = byId.get(nodeId);
    const value = node ? 1 + Math.max(0, ...answersOf(node).map((a) => depth(a.next))) : 0;
    memo.set(nodeId, value);
    return value;
  };
  return depth(runbook.root);
}
