import type { RunbookDefinition } from "./schemas";
import { answersOf } from "./validate-graph";

/** The fewest answers that lead from the root to `target` (breadth first); [] for the root itself. */
export function shortestRoute(definition: RunbookDefinition, target: string): [string, string][] {
  const byId = new Map(definition.nodes.map((node) => [node.id, node]));
  const queue: { id: string; route: [string, string][] }[] = [{ id: definition.root, route: [] }];
  const seen = new Set([definition.root]);
  while (queue.length > 0) {
    const { id, route } = queue.shift()!;
    if (id === target) return route;
    const node = byId.get(id);
    if (!node) continue;
    for (const answer of answersOf(node)) {
      if (seen.has(answer.next)) continue;
      seen.add(answer.next);
      queue.push({ id: answer.next, route: [...route, [id, answer.id]] });
    }
  }
  return [];
}
