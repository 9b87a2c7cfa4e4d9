import dagre from "@dagrejs/dagre";

import { crossLinkOf } from "./cross-links";
import { routeFlowchartEdges } from "./route-flowchart-edges";
import type { NodeKind, RunbookDefinition } from "./schemas";
import { answersOf } from "./validate-graph";

/** A node of the runbook, or a `link` box standing for a step of another runbook (`<runbook>/<node>`). */
export type FlowchartNodeKind = NodeKind | "link";

export interface FlowchartNode {
  /** The box's id in the layout; a copy of a shared escalation is `<escalation>@<resolution>`. */
  id: string;
  /** The runbook node the box stands for (its link and highlight). */
  ref: string;
  kind: FlowchartNodeKind;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowchartEdge {
  from: string;
  to: string;
  answerId: string;
  label: string;
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
}

export interface FlowchartLayout {
  width: number;
  height: number;
  nodes: FlowchartNode[];
  edges: FlowchartEdge[];
}

const NODE_WIDTH = 190;
const LINE_HEIGHT = 15;
const CHARS_PER_LINE = 26;
const LABEL_CHARS = 26;

/** Lays the runbook out top-down with dagre: nodes are sized by their wrapped titles, edges carry answers. */
export function layoutFlowchart(runbook: RunbookDefinition): FlowchartLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 56, edgesep: 12, marginx: 12, marginy: 12 });
  graph.setDefaultEdgeLabel(() => ({}));
  const lines = new Map(runbook.nodes.map((node) => [node.id, wrap(node.title, CHARS_PER_LINE)]));
  const kinds = new Map<string, FlowchartNodeKind>(runbook.nodes.map((node) => [node.id, node.kind]));
  for (const node of runbook.nodes) {
    for (const answer of answersOf(node)) {
      const link = crossLinkOf(answer.next);
      if (link && !lines.has(answer.next)) {
        lines.set(
          answer.next,
          wrap(`${link.runbook.replace(/-/g, " ")}: ${link.node.replace(/-/g, " ")}`, CHARS_PER_LINE),
        );
        kinds.set(answer.next, "link");
      }
    }
  }
  // Every resolution's "didn't help" answer may end in the runbook's one escalation: drawn to a single box, those
  // edges run the width of the chart and through the boxes between. Each gets its own copy of the escalation box,
  // right under the resolution, linking to the same step.
  const refs = new Map<string, string>([...lines.keys()].map((id) => [id, id]));
  const targetOf = (from: RunbookDefinition["nodes"][number], next: string) => {
    if (from.kind !== "resolution" || kinds.get(next) !== "escalation") return next;
    const copy = `${next}@${from.id}`;
    lines.set(copy, lines.get(next)!);
    kinds.set(copy, "escalation");
    refs.set(copy, next);
    return copy;
  };
  const edges = runbook.nodes.flatMap((node) =>
    answersOf(node).map((answer) => ({ from: node.id, to: targetOf(node, answer.next), answer })),
  );
  const referenced = new Set(edges.map((edge) => edge.to));
  for (const [id, text] of lines) {
    // An escalation reached only through copies is not drawn a second time on its own.
    if (kinds.get(id) === "escalation" && refs.get(id) === id && !referenced.has(id) && id !== runbook.root) continue;
    graph.setNode(id, { width: NODE_WIDTH, height: 30 + text.length * LINE_HEIGHT });
  }
  for (const { from, to, answer } of edges) {
    const label = truncate(answer.label.replace(/`/g, ""), LABEL_CHARS);
    graph.setEdge(from, to, { label, width: label.length * 6 + 8, height: 14, labelpos: "c" }, answer.id);
  }
  dagre.layout(graph);
  const laidEdges = graph.edges().map((edge) => ({
    edge,
    laid: graph.edge(edge) as {
      label: string;
      points: { x: number; y: number }[];
      x: number;
      y: number;
      width: number;
      height: number;
    },
  }));
  const labelBoxes = laidEdges.map(({ laid }) => ({ x: laid.x, y: laid.y, width: laid.width, height: laid.height }));
  const routes = routeFlowchartEdges(
    laidEdges.map(({ edge, laid }) => ({
      from: graph.node(edge.v),
      to: graph.node(edge.w),
      bends: laid.points.slice(1, -1),
    })),
    [...graph.nodes().map((id) => graph.node(id)), ...labelBoxes],
  );
  return {
    width: Math.ceil(graph.graph().width ?? 0),
    height: Math.ceil(graph.graph().height ?? 0),
    nodes: graph.nodes().map((id) => {
      const laid = graph.node(id);
      return {
        id,
        ref: refs.get(id)!,
        kind: kinds.get(id)!,
        lines: lines.get(id)!,
        x: laid.x,
        y: laid.y,
        width: laid.width,
        height: laid.height,
      };
    }),
    edges: laidEdges.map(({ edge, laid }, i) => ({
      from: edge.v,
      to: edge.w,
      answerId: edge.name!,
      label: laid.label,
      points: routes[i]!,
      labelX: laid.x,
      labelY: laid.y,
    })),
  };
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 4 ? [...lines.slice(0, 3), truncate(lines.slice(3).join(" "), width)] : lines;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
