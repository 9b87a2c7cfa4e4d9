import { shortestRoute } from "@/lib/runbooks/shortest-route";
import type { RunbookDefinition } from "@/lib/runbooks/schemas";
import { stepHref } from "@/lib/runbooks/urls";

import { PROBE_CHECKS } from "./catalog";

export interface StepLink {
  href: string;
  title: string;
}

export type StepLinks = Record<string, StepLink>;

/**
 * The page of every step the probe links to. A step's URL carries the answers that lead to it (a bare
 * node URL lands on the nearest step its answers allow), so the fewest answers from the root are added.
 */
export function probeStepLinks(definitions: RunbookDefinition[]): StepLinks {
  const links: StepLinks = {};
  for (const step of new Set<string>(PROBE_CHECKS.map((check) => check.step))) {
    const [category, nodeId] = step.split("/") as [string, string];
    const definition = definitions.find((d) => d.category === category);
    const node = definition?.nodes.find((n) => n.id === nodeId);
    if (!definition || !node) continue;
    links[step] = { href: stepHref(category, nodeId, shortestRoute(definition, nodeId), null), title: node.title };
  }
  return links;
}

/** A step's link, absolute when a base is given; without a known route, the bare node URL. */
export function stepLinkFor(step: string, links: StepLinks, base = ""): StepLink {
  const [category, nodeId] = step.split("/") as [string, string];
  const link = links[step] ?? { href: `/runbooks/${category}/${nodeId}`, title: step };
  return { ...link, href: `${base.replace(/\/$/, "")}${link.href}` };
}
