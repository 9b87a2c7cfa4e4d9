import { isCrossLink } from "./cross-links";
import { answersOf } from "./validate-graph";
import type { WalkableNode } from "./walk-graph";
import type { Walk } from "./walk";

/**
 * The steps a walker standing on `node` can show next without waiting for the network: the step itself and the
 * steps of this runbook its answers lead to (another runbook's step loads that runbook's page). The runbook page
 * sends the content of these alone; a step's content is what makes the page heavy.
 */
export function stepsWithinReach(node: WalkableNode): string[] {
  const next = answersOf(node)
    .map((answer) => answer.next)
    .filter((id) => !isCrossLink(id));
  return [...new Set([node.id, ...next])];
}

/** What the browser keeps ready as the walk goes on: those, the steps walked (Back, the trail's links) and the root. */
export function stepsToKeepReady(walk: Walk<WalkableNode>, root: string): string[] {
  return [...new Set([...stepsWithinReach(walk.current), ...walk.trail.map((step) => step.node.id), root])];
}
