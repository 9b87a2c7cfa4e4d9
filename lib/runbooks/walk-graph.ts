import type { RunbookAnswer, RunbookDefinition, RunbookNode } from "./schemas";

/** What walking a runbook needs of a node: where it stands and where its answers lead, not what it says. */
export type WalkableNode = Pick<RunbookNode, "id" | "kind" | "title"> & { answers?: RunbookAnswer[] };

/** A runbook as the walker in the browser holds it. Each step's content is rendered on the server and sent apart. */
export interface WalkGraph {
  root: string;
  nodes: WalkableNode[];
}

/** The definition without any node's text: about a sixth of its size, which the runbook page sends to every browser. */
export function toWalkGraph(definition: RunbookDefinition): WalkGraph {
  return {
    root: definition.root,
    nodes: definition.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      title: node.title,
      ...(node.kind === "escalation" ? {} : { answers: node.answers }),
    })),
  };
}
