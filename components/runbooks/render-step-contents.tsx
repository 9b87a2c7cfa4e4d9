import "server-only";

import type { ReactNode } from "react";

import type { ServedRunbook } from "@/lib/runbooks/find-runbook";
import type { StepLinks } from "@/lib/runbooks/step-links";

import { NodeContent } from "./node-content";

/** The named steps' content, rendered on the server: for the runbook page and for the walker's later requests. */
export function renderStepContents(
  runbook: ServedRunbook,
  nodeIds: readonly string[],
  links: StepLinks,
): Record<string, ReactNode> {
  const wanted = new Set(nodeIds);
  return Object.fromEntries(
    runbook.definition.nodes
      .filter((node) => wanted.has(node.id))
      .map((node) => [
        node.id,
        <NodeContent
          key={node.id}
          node={node}
          runbookSlug={runbook.slug}
          knownIssues={links.knownIssues[node.id]}
          contributions={links.contributions[node.id]}
        />,
      ]),
  );
}
