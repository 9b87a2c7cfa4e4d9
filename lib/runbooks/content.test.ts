import path from "node:path";

import { describe, expect, it } from "vitest";

import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { loadRunbookFiles } from "./load-runbook-files";
import { runbookDepth } from "./validate-graph";

// The bar every published runbook meets (issue: 12 runbooks, ≥10 nodes, ≥3 resolutions, depth ≥4).
describe("the published runbooks", async () => {
  const files = await loadRunbookFiles();
  const taxonomy = await loadContentFile(path.join(CONTENT_DIR, "taxonomy.yaml"), taxonomyFileSchema);
  const categories = taxonomy.groups.flatMap((group) => group.categories.map((category) => category.slug));

  it("cover every category of the taxonomy, one runbook each", () => {
    expect(files.map((f) => f.definition.category).sort()).toEqual([...categories].sort());
  });

  it.each(files.map((f) => [f.definition.category, f.definition] as const))(
    "%s is deep and complete enough",
    (_slug, runbook) => {
      expect(runbook.nodes.length).toBeGreaterThanOrEqual(10);
      expect(runbook.nodes.filter((n) => n.kind === "resolution").length).toBeGreaterThanOrEqual(3);
      expect(runbook.nodes.some((n) => n.kind === "escalation")).toBe(true);
      expect(runbookDepth(runbook)).toBeGreaterThanOrEqual(4);
      expect(runbook.nodes.find((n) => n.id === runbook.root)?.kind).toBe("question");
    },
  );
});
