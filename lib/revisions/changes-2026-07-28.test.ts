import { describe, expect, it } from "vitest";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";

import { CHANGES_2026_07_28 } from "./changes-2026-07-28";

describe("the 2026-07-28 changes page", () => {
  it("points every change at a published runbook step that applies to 2026-07-28", async () => {
    const runbooks = new Map((await loadRunbookFiles()).map((f) => [f.definition.category, f.definition]));
    for (const { step, source } of CHANGES_2026_07_28) {
      const [runbook, nodeId] = step.split("/") as [string, string];
      const node = runbooks.get(runbook)?.nodes.find((n) => n.id === nodeId);
      expect(node, step).toBeDefined();
      expect(node!.revisions, step).toContain("2026-07-28");
      expect(source).toMatch(/^https:\/\/modelcontextprotocol\.io\/specification\/2026-07-28/);
    }
  });
});
