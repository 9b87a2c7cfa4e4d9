import { describe, expect, it } from "vitest";

import { runbookDefinitionSchema, type RunbookDefinition, type RunbookNode } from "./schemas";
import { fixtureRunbook } from "./test-fixture";
import { runbookDepth, validateRunbookGraph } from "./validate-graph";

function withNodes(edit: (nodes: RunbookNode[]) => RunbookNode[]): RunbookDefinition {
  const runbook = fixtureRunbook();
  return { ...runbook, nodes: edit(structuredClone(runbook.nodes)) };
}

function question(nodes: RunbookNode[], id: string) {
  const node = nodes.find((n) => n.id === id);
  if (node?.kind !== "question" && node?.kind !== "diagnostic") throw new Error(`${id} has no answers`);
  return node;
}

describe("validateRunbookGraph", () => {
  it("accepts a well-formed tree", () => {
    expect(validateRunbookGraph(fixtureRunbook())).toEqual([]);
    expect(runbookDepth(fixtureRunbook())).toBe(4);
  });

  it("reports a missing root", () => {
    expect(validateRunbookGraph(fixtureRunbook({ root: "nowhere" }))).toContainEqual({
      nodeId: null,
      reason: 'missing root: no node has id "nowhere"',
    });
  });

  it("reports an answer leading to a node that does not exist", () => {
    const runbook = withNodes((nodes) => {
      question(nodes, "inspect").answers[1]!.next = "ghost";
      return nodes;
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({
      nodeId: "inspect",
      reason: 'answer "aud" leads to "ghost", which does not exist',
    });
  });

  it("reports unreachable nodes", () => {
    const runbook = withNodes((nodes) => {
      question(nodes, "start").answers[1]!.next = "inspect";
      return nodes;
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({ nodeId: "escalate", reason: "unreachable from the root" });
  });

  it("reports cycles with the loop spelled out", () => {
    const runbook = withNodes((nodes) => {
      question(nodes, "inspect").answers[1]!.next = "start";
      return nodes;
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({ nodeId: "start", reason: "cycle: start → inspect → start" });
  });

  it("reports a leaf that is neither a resolution nor an escalation", () => {
    const runbook = withNodes((nodes) => {
      const inspect = question(nodes, "inspect");
      inspect.answers = [];
      return nodes.filter((n) => n.id !== "refresh" && n.id !== "fix-aud");
    });
    const reasons = validateRunbookGraph(runbook).map((p) => `${p.nodeId}: ${p.reason}`);
    expect(reasons).toContain("inspect: a diagnostic needs 1 to 8 answers, it has 0");
    expect(reasons).toContain("inspect: a diagnostic cannot end a path: leaves must be resolutions or escalations");
  });

  it("reports duplicate node ids and duplicate answer ids", () => {
    const runbook = withNodes((nodes) => {
      question(nodes, "start").answers[1]!.id = "token";
      return [...nodes, { ...nodes.find((n) => n.id === "refresh")! }];
    });
    const problems = validateRunbookGraph(runbook);
    expect(problems).toContainEqual({ nodeId: "refresh", reason: "duplicate node id" });
    expect(problems).toContainEqual({ nodeId: "start", reason: 'duplicate answer id "token"' });
  });

  it("reports a question with fewer than 2 answers", () => {
    const runbook = withNodes((nodes) => {
      // Keep only the first answer (the fixture's question has three).
      question(nodes, "start").answers.splice(1);
      return nodes.filter((n) => n.id !== "escalate");
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({
      nodeId: "start",
      reason: "a question needs 2 to 8 answers, it has 1",
    });
  });
});

describe("runbookDefinitionSchema", () => {
  it("rejects a node id reserved for a route", () => {
    const runbook = withNodes((nodes) => {
      nodes.find((n) => n.id === "escalate")!.id = "flowchart";
      question(nodes, "start").answers[1]!.next = "flowchart";
      return nodes;
    });
    const result = runbookDefinitionSchema.safeParse(runbook);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("is reserved for a route or a query key");
  });

  it("rejects references that are not https", () => {
    const runbook = withNodes((nodes) => {
      nodes[0]!.references = [{ title: "x", url: "javascript:alert(1)" }];
      return nodes;
    });
    expect(runbookDefinitionSchema.safeParse(runbook).error?.issues[0]?.message).toBe("must be an https:// URL");
  });

  it("rejects a step that does not say which protocol revisions it applies to", () => {
    const missing = withNodes((nodes) =>
      nodes.map((n) => (n.id === "refresh" ? ({ ...n, revisions: undefined } as unknown as RunbookNode) : n)),
    );
    expect(runbookDefinitionSchema.safeParse(missing).error?.issues[0]).toMatchObject({
      path: ["nodes", 2, "revisions"],
      message: expect.stringContaining("must list the protocol revisions"),
    });
    const empty = withNodes((nodes) => nodes.map((n) => (n.id === "refresh" ? { ...n, revisions: [] } : n)));
    expect(runbookDefinitionSchema.safeParse(empty).error?.issues[0]?.message).toBe(
      "must list at least one protocol revision",
    );
    const unknown = withNodes((nodes) =>
      nodes.map((n) =>
        n.id === "refresh" ? ({ ...n, revisions: ["2025-11-25", "2026-01-01"] } as unknown as RunbookNode) : n,
      ),
    );
    expect(runbookDefinitionSchema.safeParse(unknown).success).toBe(false);
  });

  it("stores revisions oldest first, whatever order the file used", () => {
    const runbook = withNodes((nodes) =>
      nodes.map((n) => (n.id === "refresh" ? ({ ...n, revisions: ["2026-07-28", "2025-06-18"] } as RunbookNode) : n)),
    );
    expect(runbookDefinitionSchema.parse(runbook).nodes[2]!.revisions).toEqual(["2025-06-18", "2026-07-28"]);
  });
});
