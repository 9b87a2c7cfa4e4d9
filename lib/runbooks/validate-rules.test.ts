import { describe, expect, it } from "vitest";

import { undefinedCommandVariables } from "./command-variables";
import type { RunbookDefinition, RunbookNode } from "./schemas";
import { fixtureRunbook } from "./test-fixture";
import { validateCrossLinks } from "./validate-cross-links";
import { validateRunbookGraph } from "./validate-graph";

// Issue 15, rules 1, 2 and 4: a way out on every question, cross-runbook links checked like local ones, and
// steps whose commands define every variable they read.

function edit(change: (nodes: RunbookNode[]) => void, overrides: Partial<RunbookDefinition> = {}) {
  const runbook = fixtureRunbook(overrides);
  const nodes = structuredClone(runbook.nodes);
  change(nodes);
  return { ...runbook, nodes };
}
const start = (nodes: RunbookNode[]) => nodes[0] as Extract<RunbookNode, { kind: "question" }>;
const inspect = (nodes: RunbookNode[]) => nodes[1] as Extract<RunbookNode, { kind: "diagnostic" }>;

describe("rule 1: every question has a way out", () => {
  it("rejects a question without an answer for the case none of its answers describes", () => {
    const runbook = edit((nodes) => {
      start(nodes).answers = start(nodes).answers.filter((a) => a.id !== "cant-tell");
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({
      nodeId: "start",
      reason: expect.stringContaining("a question needs a way out"),
    });
  });

  it("rejects a way out that goes straight to an escalation", () => {
    const runbook = edit((nodes) => {
      start(nodes).answers.find((a) => a.id === "cant-tell")!.next = "escalate";
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({
      nodeId: "start",
      reason: 'its way out "cant-tell" leads to an escalation: it must lead to a step that finds out more',
    });
  });

  it("accepts the usual wordings", () => {
    for (const label of ["None of these", "Can't tell", "I can’t tell which", "Not sure", "Something else"]) {
      const runbook = edit((nodes) => {
        start(nodes).answers.find((a) => a.id === "cant-tell")!.label = label;
      });
      expect(validateRunbookGraph(runbook), label).toEqual([]);
    }
  });
});

describe("rule 5: every resolution has a way on when it did not help", () => {
  const refresh = (nodes: RunbookNode[]) => nodes[2] as Extract<RunbookNode, { kind: "resolution" }>;

  it("rejects a resolution without a didn't-help answer", () => {
    const runbook = edit((nodes) => {
      refresh(nodes).answers = [];
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({
      nodeId: "refresh",
      reason: expect.stringContaining("a resolution needs a way on when it did not help"),
    });
  });

  it("rejects a resolution whose only answer is not a didn't-help answer", () => {
    const runbook = edit((nodes) => {
      refresh(nodes).answers = [{ id: "next", label: "Next", next: "escalate" }];
    });
    expect(validateRunbookGraph(runbook).map((p) => p.nodeId)).toContain("refresh");
  });

  it("rejects a didn't-help answer that loops back to a step before the resolution", () => {
    const runbook = edit((nodes) => {
      refresh(nodes).answers = [{ id: "didnt-help", label: "Didn't help", next: "inspect" }];
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({
      nodeId: "inspect",
      reason: expect.stringContaining("cycle"),
    });
  });

  it("accepts a didn't-help answer into another runbook", () => {
    const runbook = edit((nodes) => {
      refresh(nodes).answers = [
        { id: "didnt-help", label: "Didn't help: a TLS error now", next: "network-security-issues/inspect" },
      ];
    });
    expect(validateRunbookGraph(runbook)).toEqual([]);
  });
});

describe("rule 2: cross-runbook links", () => {
  const target = fixtureRunbook({ category: "network-security-issues" });
  const linking = edit((nodes) => {
    inspect(nodes).answers.push({ id: "tls", label: "A TLS error", next: "network-security-issues/inspect" });
  });

  it("treats a link into another runbook as the end of this runbook's path", () => {
    expect(validateRunbookGraph(linking)).toEqual([]);
  });

  it("resolves the link against the other runbook", () => {
    expect(validateCrossLinks([linking, target])).toEqual([]);
  });

  it("reports a link to a runbook or a node that does not exist", () => {
    const ghostRunbook = edit((nodes) => {
      inspect(nodes).answers.push({ id: "x", label: "X", next: "no-such-runbook/inspect" });
    });
    const ghostNode = edit((nodes) => {
      inspect(nodes).answers.push({ id: "y", label: "Y", next: "network-security-issues/ghost" });
    });
    expect(validateCrossLinks([ghostRunbook, target])).toEqual([
      {
        runbook: "token-expiration-issues",
        nodeId: "inspect",
        reason: 'answer "x" leads to runbook "no-such-runbook", which does not exist',
      },
    ]);
    expect(validateCrossLinks([ghostNode, target])[0]?.reason).toBe(
      'answer "y" leads to "network-security-issues/ghost": runbook "network-security-issues" has no node "ghost"',
    );
  });

  it("rejects a link that names its own runbook, and a way out into another runbook's escalation", () => {
    const own = edit((nodes) => {
      inspect(nodes).answers.push({ id: "z", label: "Z", next: "token-expiration-issues/refresh" });
    });
    expect(validateRunbookGraph(own)[0]?.reason).toContain("names its own runbook");
    const wayOutToLeaf = edit((nodes) => {
      start(nodes).answers.find((a) => a.id === "cant-tell")!.next = "network-security-issues/escalate";
    });
    expect(validateCrossLinks([wayOutToLeaf, target])[0]?.reason).toBe(
      'its way out "cant-tell" leads to an escalation in "network-security-issues"',
    );
  });
});

describe("rule 4: a step defines the variables its commands use", () => {
  const diagnostic = (code: string, language = "bash") =>
    ({ ...fixtureRunbook().nodes[1]!, commands: [{ label: "Run", language, code }] }) as RunbookNode;

  it("finds variables read but never set or guarded", () => {
    expect(undefinedCommandVariables(diagnostic('curl "$PRM_URL" -H "Authorization: Bearer ${TOKEN}"'))).toEqual([
      "PRM_URL",
      "TOKEN",
    ]);
  });

  it("accepts assignments, loops, read, guards and tolerant expansions", () => {
    const code = [
      ': "${MCP_URL:?set MCP_URL}"',
      'ORIGIN=$(sed -E "s#(https?://[^/]+).*#\\1#" <<<"$MCP_URL")',
      "export LEVEL=debug",
      'for u in a b; do echo "$u $ORIGIN $LEVEL"; done',
      'read -r LINE; echo "$LINE ${TOKEN:+-H "Authorization: Bearer $TOKEN"} ${MISSING:-none} $HOME"',
      "awk '{print $NF}' /dev/null",
      "# $ALSO_A_COMMENT",
    ].join("\n");
    expect(undefinedCommandVariables(diagnostic(code))).toEqual([]);
  });

  it("counts a variable set in one command of the step as set for the others, and ignores non-shell code", () => {
    const node = {
      ...fixtureRunbook().nodes[1]!,
      commands: [
        { label: "Set", language: "bash", code: "H=(-H 'Accept: application/json')" },
        { label: "Use", language: "bash", code: 'curl "${H[@]}" https://example.com' },
        { label: "Python", language: "python", code: 'print(f"$NOT_SHELL")' },
      ],
    } as RunbookNode;
    expect(undefinedCommandVariables(node)).toEqual([]);
  });

  it("is enforced by the graph validator", () => {
    const runbook = edit((nodes) => {
      inspect(nodes).commands = [{ label: "Use", language: "bash", code: 'curl "$PRM_URL"' }];
    });
    expect(validateRunbookGraph(runbook)).toContainEqual({
      nodeId: "inspect",
      reason: expect.stringContaining("its commands use $PRM_URL without setting it in this step"),
    });
  });
});
