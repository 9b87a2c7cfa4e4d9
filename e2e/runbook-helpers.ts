import { expect, type APIRequestContext } from "@playwright/test";

import type { RunbookDefinition, RunbookNode } from "@/lib/runbooks/schemas";

export interface ServedRunbookJson extends RunbookDefinition {
  slug: string;
  version: number;
}

export interface PathStep {
  node: RunbookNode;
  answerId: string;
  answerLabel: string;
}

export async function fetchRunbook(request: APIRequestContext, slug: string): Promise<ServedRunbookJson> {
  const response = await request.get(`/api/runbooks/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ServedRunbookJson;
}

const answersOf = (node: RunbookNode) => (node.kind === "question" || node.kind === "diagnostic" ? node.answers : []);

/** Every root-to-node route, breadth first: the routes to resolutions, in order of length. */
export function routesTo(runbook: RunbookDefinition, accept: (node: RunbookNode) => boolean) {
  const byId = new Map(runbook.nodes.map((node) => [node.id, node]));
  const routes: { steps: PathStep[]; target: RunbookNode }[] = [];
  const queue: { id: string; steps: PathStep[] }[] = [{ id: runbook.root, steps: [] }];
  while (queue.length > 0) {
    const { id, steps } = queue.shift()!;
    const node = byId.get(id);
    if (!node) continue; // an answer into another runbook (`<runbook>/<node>`) ends this runbook's route
    if (accept(node)) routes.push({ steps, target: node });
    for (const answer of answersOf(node)) {
      queue.push({ id: answer.next, steps: [...steps, { node, answerId: answer.id, answerLabel: answer.label }] });
    }
  }
  return routes;
}

/** The shortest route of at least `minSteps` answers ending in a resolution. */
export function routeToResolution(runbook: RunbookDefinition, minSteps = 2, pick = 0) {
  const routes = routesTo(runbook, (node) => node.kind === "resolution").filter((r) => r.steps.length >= minSteps);
  return routes[pick]!;
}

/** Answer labels are Markdown-light: backticks mark code and are not shown. */
export const visibleLabel = (label: string) => label.replace(/`/g, "");
