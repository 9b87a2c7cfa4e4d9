import type { RunbookAnswer, RunbookDefinition, RunbookNode } from "./schemas";

/** What walking a runbook needs of a node: where it stands and where its answers lead, not what it says. */
export type WalkableNode = Pick<RunbookNode, "id" | "kind" | "title"> & { answers?: RunbookAnswer[] };

/**
 * A runbook as the walker in the browser holds it: the steps around the one shown, without their text. Each
 * step's content is rendered on the server and sent apart, and the steps further on arrive with their content
 * as the walk reaches them (use-step-contents.ts).
 */
export interface WalkGraph {
  root: string;
  nodes: WalkableNode[];
}

function toWalkableNode(node: RunbookNode): WalkableNode {
  return {
    id: node.id,
    kind: node.kind,
    title: node.title,
    ...(node.kind === "escalation" ? {} : { answers: node.answers }),
  };
}

/**
 * The named steps of the definition (all of them when none are named), without their text. The runbook page
 * sends the steps around the one it shows: every answer label of a whole runbook was a fifth of a step page's
 * bytes, and the page is compressed again for every request it answers (issue 13).
 */
export function toWalkGraph(definition: RunbookDefinition, nodeIds?: readonly string[]): WalkGraph {
  const wanted = nodeIds && new Set(nodeIds);
  return {
    root: definition.root,
    nodes: definition.nodes.filter((node) => !wanted || wanted.has(node.id)).map(toWalkableNode),
  };
}

/** The graph with the steps it did not hold yet: the walker's graph grows as the walk reaches new steps. */
export function withWalkableNodes(graph: WalkGraph, nodes: readonly WalkableNode[]): WalkGraph {
  const held = new Set(graph.nodes.map((node) => node.id));
  const added = nodes.filter((node) => !held.has(node.id));
  return added.length === 0 ? graph : { root: graph.root, nodes: [...graph.nodes, ...added] };
}
