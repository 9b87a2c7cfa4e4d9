import { describe, expect, it } from "vitest";

import { crossLinkOf } from "./cross-links";
import { loadRunbookFiles } from "./load-runbook-files";
import type { RunbookDefinition } from "./schemas";
import { answersOf } from "./validate-graph";

// Walks every path of every published runbook from its root, following links into other runbooks, and
// fails on a dead end: a step that is not a resolution or an escalation and offers no answer, or an answer
// that leads nowhere. A path that comes back to a step it already passed stops there (no infinite walk).
describe("every path through the published runbooks", async () => {
  const files = await loadRunbookFiles();
  const runbooks = new Map<string, RunbookDefinition>(files.map((f) => [f.definition.category, f.definition]));

  function walkAll(start: string, root: string) {
    const deadEnds: string[] = [];
    let paths = 0;
    const visit = (runbook: string, nodeId: string, path: string[]) => {
      const key = `${runbook}/${nodeId}`;
      const node = runbooks.get(runbook)?.nodes.find((n) => n.id === nodeId);
      if (!node) return void deadEnds.push(`${[...path, key].join(" → ")}: no such step`);
      if (path.includes(key)) return void paths++;
      const answers = answersOf(node);
      if (answers.length === 0) {
        if (node.kind !== "resolution" && node.kind !== "escalation")
          deadEnds.push(`${[...path, key].join(" → ")}: a ${node.kind} with no answer`);
        return void paths++;
      }
      for (const answer of answers) {
        const link = crossLinkOf(answer.next);
        visit(link?.runbook ?? runbook, link?.node ?? answer.next, [...path, key]);
      }
    };
    visit(start, root, []);
    return { deadEnds, paths };
  }

  it.each(files.map((f) => [f.definition.category, f.definition.root] as const))("%s has no dead end", (slug, root) => {
    const { deadEnds, paths } = walkAll(slug, root);
    expect(deadEnds).toEqual([]);
    expect(paths).toBeGreaterThan(5);
  });

  it("finds a dead end when there is one", () => {
    const broken = structuredClone(runbooks.get("network-security-issues")!);
    const question = broken.nodes.find((n) => n.id === broken.root)!;
    if (question.kind === "question") question.answers[0]!.next = "ai-agent-authentication-failures/ghost";
    runbooks.set("network-security-issues", broken);
    try {
      expect(walkAll("network-security-issues", broken.root).deadEnds[0]).toMatch(/ghost: no such step$/);
    } finally {
      runbooks.set(
        "network-security-issues",
        files.find((f) => f.definition.category === "network-security-issues")!.definition,
      );
    }
  });
});
