import { layoutFlowchart, type FlowchartLayout } from "./layout-flowchart";
import type { RunbookDefinition } from "./schemas";

// Laying out a runbook's graph (dagre) takes 20–30 ms and is all of a flowchart request's cost; the path
// highlight and links are cheap. The layout depends on the definition alone, so it is kept per definition
// content: an approved change or a reseed is a new key, and the old one falls out of the bounded map.
const MAX_LAYOUTS = 32;
const layouts = new Map<string, FlowchartLayout>();

/** The layout of `definition`, computed once per distinct definition content. Treat it as read-only. */
export function memoFlowchartLayout(definition: RunbookDefinition): FlowchartLayout {
  const key = JSON.stringify(definition);
  const known = layouts.get(key);
  if (known) {
    // Re-inserting marks it most recently used, so the bound evicts the least recently used layout.
    layouts.delete(key);
    layouts.set(key, known);
    return known;
  }
  const layout = layoutFlowchart(definition);
  layouts.set(key, layout);
  if (layouts.size > MAX_LAYOUTS) layouts.delete(layouts.keys().next().value as string);
  return layout;
}
