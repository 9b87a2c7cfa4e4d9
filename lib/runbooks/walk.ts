import { isCrossLink } from "./cross-links";
import type { RunbookAnswer, RunbookNode } from "./schemas";
import { answersOf } from "./validate-graph";
import type { WalkableNode } from "./walk-graph";

/** A step walked: full nodes on the server, only their titles and answers in the browser (walk-graph.ts). */
export interface TrailStep<Node extends WalkableNode = RunbookNode> {
  node: Node;
  answer: RunbookAnswer;
}

export interface Walk<Node extends WalkableNode = RunbookNode> {
  trail: TrailStep<Node>[];
  current: Node;
  /** Set when the link asked for a step it could not reach: the walk stops at the nearest valid step. */
  notice: string | null;
  /**
   * The answer of `current` the link goes on with, to a step this graph does not hold yet: the browser holds only
   * the steps around the one it shows and receives the next ones as the walk reaches them (walk-graph.ts). Always
   * null for a whole definition.
   */
  awaiting: RunbookAnswer | null;
}

/** Answers as they appear in a step URL: `?<nodeId>=<answerId>&…`. */
export type AnswerMap = Record<string, string | undefined>;

/**
 * Replays the answers from the root. The walk stops where the answers stop, so any URL, even one made
 * for an older version of the runbook, lands on a real step; when it cannot reach the step it named,
 * it says so instead of failing.
 */
export function resolveWalk<Node extends WalkableNode>(
  runbook: { root: string; nodes: Node[] },
  requestedNodeId: string | null,
  answers: AnswerMap,
): Walk<Node> {
  const byId = new Map(runbook.nodes.map((node) => [node.id, node]));
  let current = byId.get(runbook.root)!;
  const trail: TrailStep<Node>[] = [];
  let awaiting: RunbookAnswer | null = null;
  while (current.id !== requestedNodeId && trail.length < runbook.nodes.length) {
    const answerId = answers[current.id];
    const answer =
      answerId === undefined
        ? bridgeToOlderLink(current, answers, requestedNodeId)
        : answersOf(current).find((candidate) => candidate.id === answerId);
    const next = answer && byId.get(answer.next);
    if (answer && !next && !isCrossLink(answer.next)) awaiting = answer;
    if (!answer || !next) break;
    trail.push({ node: current, answer });
    current = next;
  }
  const reached = requestedNodeId === null || current.id === requestedNodeId || awaiting !== null;
  return {
    trail,
    current,
    awaiting,
    notice: reached
      ? null
      : "This link points to a step that no longer exists in this runbook (it may have been revised). You are at the nearest step that still matches your answers.",
  };
}

/**
 * A link made before a step was inserted above the steps it names (issue 15 put "Which part do you run?" in front
 * of every runbook's first question) carries no answer for that step: follow the first answer that leads to a step
 * the link does answer, or to the step it asked for, so that the old link still lands where it pointed.
 */
function bridgeToOlderLink(node: WalkableNode, answers: AnswerMap, requestedNodeId: string | null) {
  if (Object.keys(answers).length === 0 && requestedNodeId === null) return undefined;
  return answersOf(node).find(
    (candidate) => answers[candidate.next] !== undefined || candidate.next === requestedNodeId,
  );
}

/** The answers of a trail, cut before step `upTo` when changing an earlier answer. */
export function answersOfTrail(trail: TrailStep<WalkableNode>[], upTo = trail.length): [string, string][] {
  return trail.slice(0, upTo).map((step) => [step.node.id, step.answer.id]);
}
