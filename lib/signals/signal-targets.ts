import type { RunbookFile } from "@/lib/runbooks/load-runbook-files";
import type { TaxonomyFile } from "@/lib/taxonomy/schemas";

import type { SignalTargets } from "./load-signal-files";

/** What signals may point at: the taxonomy's categories and the runbook files' steps. */
export function signalTargets(taxonomy: TaxonomyFile, runbooks: RunbookFile[]): SignalTargets {
  return {
    categorySlugs: new Set(taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug))),
    nodesByRunbook: new Map(runbooks.map((r) => [r.definition.category, new Set(r.definition.nodes.map((n) => n.id))])),
  };
}
