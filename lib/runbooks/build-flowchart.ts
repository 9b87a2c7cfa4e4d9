import { crossLinkOf } from "./cross-links";
import { memoFlowchartLayout } from "./memo-flowchart-layout";
import { renderFlowchartSvg } from "./render-flowchart-svg";
import type { RunbookDefinition } from "./schemas";
import { shortestRoute } from "./shortest-route";
import { stepHref } from "./urls";
import { answersOfTrail, resolveWalk, type AnswerMap } from "./walk";

interface FlowchartInput {
  slug: string;
  title: string;
  version: number;
  definition: RunbookDefinition;
  nodeId: string | null;
  answers: AnswerMap;
  /** Links make each node open its step; the downloadable file has none. */
  withLinks: boolean;
}

/**
 * The flowchart SVG with the walked path highlighted. A node on the path links to its step with the
 * answers that led there; a node off the path links to its step by the shortest route from the root.
 */
export function buildFlowchart({ slug, title, version, definition, nodeId, answers, withLinks }: FlowchartInput) {
  const walk = resolveWalk(definition, nodeId, answers);
  const trailAnswers = answersOfTrail(walk.trail);
  const pathNodeIds = [...walk.trail.map((step) => step.node.id), walk.current.id];
  const position = new Map(pathNodeIds.map((id, index) => [id, index]));
  const svg = renderFlowchartSvg(memoFlowchartLayout(definition), {
    title: `${title}, version ${version}`,
    highlight: { pathNodeIds, pathAnswers: new Set(trailAnswers.map(([node, answer]) => `${node}=${answer}`)) },
    hrefFor: withLinks
      ? (id) => {
          const link = crossLinkOf(id);
          if (link) return stepHref(link.runbook, link.node, [], null);
          return stepHref(slug, id, answersToReach(id, definition, trailAnswers, position), version);
        }
      : undefined,
  });
  return { svg, walk };
}

/** Answers that reach `nodeId`: the path prefix if it is on the path, else the shortest route from the root. */
function answersToReach(
  nodeId: string,
  definition: RunbookDefinition,
  trailAnswers: [string, string][],
  position: Map<string, number>,
): [string, string][] {
  if (crossLinkOf(nodeId)) return [];
  const onPath = position.get(nodeId);
  if (onPath !== undefined) return trailAnswers.slice(0, onPath);
  return shortestRoute(definition, nodeId);
}
