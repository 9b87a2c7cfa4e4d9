import { describe, expect, it } from "vitest";

import { renderToStaticMarkup } from "react-dom/server";

import { renderMarkdown } from "@/lib/markdown/render-markdown";

import { buildFlowchart } from "./build-flowchart";
import {
  applyRunbookChange,
  changeFromFields,
  foldRunbookChanges,
  parseProposedSteps,
  proposalTemplate,
  runbookChangeFieldsSchema,
  stepAsYaml,
} from "./runbook-change";
import type { RunbookNode } from "./schemas";
import { fixtureRunbook } from "./test-fixture";
import { validateRunbookGraph } from "./validate-graph";

const newBranch = `
- id: inspect
  kind: diagnostic
  revisions: [2025-11-25, 2026-07-28]
  title: Inspect the token
  body: Decode it.
  commands:
    - label: Decode
      code: ': "\${TOKEN:?set TOKEN}"; jq -R ''split(".")'' <<<"$TOKEN"'
  expected: "\`aud\` is the server."
  answers:
    - { id: expired, label: "\`exp\` is in the past", next: refresh }
    - { id: aud, label: Wrong audience, next: fix-aud }
    - { id: clock, label: "\`nbf\` is in the future", next: fix-clock }
- id: fix-clock
  kind: resolution
  revisions: [2025-11-25, 2026-07-28]
  title: Synchronise the server clock
  body: Tokens from the future are rejected.
  steps: [Enable NTP on the MCP server host.]
  verify: "\`timedatectl\` shows the clock synchronised."
  answers:
    - { id: didnt-help, label: "Didn't help: tokens are still from the future", next: escalate }
`;

describe("parseProposedSteps", () => {
  it("reads a list of steps in the runbook files' format, defaults included", () => {
    const parsed = parseProposedSteps(newBranch);
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    expect(parsed.nodes.map((n) => n.id)).toEqual(["inspect", "fix-clock"]);
    expect(parsed.nodes[0]).toMatchObject({ kind: "diagnostic", references: [], commands: [{ language: "bash" }] });
  });

  it("takes a single step without the list", () => {
    expect(parseProposedSteps(stepAsYaml(fixtureRunbook().nodes[2]!))).toMatchObject({
      ok: true,
    });
  });

  it("says where the YAML is broken", () => {
    const parsed = parseProposedSteps("- id: x\n  title: [unclosed");
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.message).toMatch(/^The proposed steps are not valid YAML: .*line 2/);
  });

  it("names the step and the field that fail the schema", () => {
    const parsed = parseProposedSteps("- id: fix-it\n  kind: resolution\n  title: Fix\n  body: Do it.\n  steps: []");
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) {
      expect(parsed.message).toContain('Step 1 ("fix-it"): steps');
      expect(parsed.message).toContain("verify");
    }
  });

  it("refuses the same step twice, too many steps, scalars and alias bombs", () => {
    expect(parseProposedSteps(`${newBranch}${newBranch}`)).toMatchObject({
      ok: false,
      message: expect.stringContaining("appears twice"),
    });
    expect(parseProposedSteps("just words")).toMatchObject({ ok: false, message: expect.stringContaining("YAML") });
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? "*a" : `*l${i - 1}`)
          .join(", ")}]`,
      );
    const bomb = levels.join("\n");
    expect(parseProposedSteps(bomb)).toMatchObject({
      ok: false,
      message: expect.stringContaining("resource exhaustion"),
    });
  });
});

describe("applyRunbookChange", () => {
  const runbook = fixtureRunbook();
  const change = (text: string, remove: string[] = []) =>
    changeFromFields(runbookChangeFieldsSchema.parse({ proposal: text, removeSteps: remove }));

  it("adds a branch: the changed parent and the new step, in a runbook that still validates", () => {
    const applied = applyRunbookChange(runbook, change(newBranch));
    expect(applied.problems).toEqual([]);
    expect(applied.steps.map((s) => [s.id, s.action])).toEqual([
      ["inspect", "changed"],
      ["fix-clock", "added"],
    ]);
    expect(applied.steps[0]!.after).toContain("next: fix-clock");
    expect(validateRunbookGraph(applied.definition)).toEqual([]);
    expect(applied.definition.nodes).toHaveLength(runbook.nodes.length + 1);
  });

  it("reports the graph problems of the result: a new step nothing leads to, a dangling answer", () => {
    const orphan = newBranch.replace(/- id: inspect[\s\S]*?(?=- id: fix-clock)/, "");
    expect(applyRunbookChange(runbook, change(orphan)).problems).toEqual([
      'Step "fix-clock": unreachable from the root.',
    ]);
    const dangling = newBranch.replace(/- id: fix-clock[\s\S]*$/, "");
    expect(applyRunbookChange(runbook, change(dangling)).problems).toEqual([
      'Step "inspect": answer "clock" leads to "fix-clock", which does not exist.',
    ]);
  });

  it("removes steps only when nothing leads to them any more, never the root", () => {
    const refresh = proposalTemplate(runbook, "refresh")!;
    expect(applyRunbookChange(runbook, change(refresh, ["escalate"])).problems).toEqual([
      'Step "start": answer "other" leads to "escalate", which does not exist.',
    ]);
    const rerouted = proposalTemplate(runbook, "start")!.replace("next: escalate", "next: refresh");
    const applied = applyRunbookChange(runbook, change(rerouted, ["escalate"]));
    expect(applied.problems).toEqual([]);
    expect(applied.steps.map((s) => [s.id, s.action])).toEqual([
      ["escalate", "removed"],
      ["start", "changed"],
    ]);
    expect(applyRunbookChange(runbook, change(refresh, ["start"])).problems).toContain(
      'Cannot remove "start": it is where the runbook starts.',
    );
    expect(applyRunbookChange(runbook, change(refresh, ["nope"])).problems).toContain(
      'Cannot remove "nope": the runbook has no such step.',
    );
  });

  it("refuses a proposal that changes nothing", () => {
    expect(applyRunbookChange(runbook, change(proposalTemplate(runbook, "refresh")!)).problems).toEqual([
      "The proposal changes nothing: every step is the same as in the current runbook.",
    ]);
  });
});

describe("foldRunbookChanges", () => {
  it("applies approved changes in order, passes over one already contained, skips one that no longer applies", () => {
    const retitle = (id: string, title: string) => {
      const node = fixtureRunbook().nodes.find((n) => n.id === id)!;
      return { nodes: [{ ...node, title }], remove: [] };
    };
    const { definition, skipped } = foldRunbookChanges(fixtureRunbook(), [
      { id: "a", change: retitle("refresh", "Refresh the token early") },
      { id: "b", change: retitle("refresh", "Refresh the token early") },
      { id: "c", change: retitle("fix-aud", "Send RFC 8707 resource") },
      { id: "d", change: { ...retitle("fix-aud", "Send the resource"), remove: ["refresh"] } },
    ]);
    expect(definition.nodes.find((n) => n.id === "refresh")!.title).toBe("Refresh the token early");
    expect(definition.nodes.find((n) => n.id === "fix-aud")!.title).toBe("Send RFC 8707 resource");
    expect(skipped).toEqual([
      { id: "d", problems: ['Step "inspect": answer "expired" leads to "refresh", which does not exist.'] },
    ]);
  });

  it("passes over a removal the runbook already made, as it does an edit it already has", () => {
    const start = fixtureRunbook().nodes.find((n) => n.id === "start") as Extract<RunbookNode, { kind: "question" }>;
    const rerouted = {
      ...start,
      answers: start.answers.map((a) => (a.next === "escalate" ? { ...a, next: "refresh" } : a)),
    };
    const removal = { nodes: [rerouted], remove: ["escalate"] };
    const { definition, skipped } = foldRunbookChanges(fixtureRunbook(), [
      { id: "first", change: removal },
      { id: "again", change: removal },
    ]);
    expect(definition.nodes.map((n) => n.id)).not.toContain("escalate");
    expect(skipped).toEqual([]);
  });
});

describe("hostile text in an approved change", () => {
  it("stays text: escaped in the flowchart, sanitized in the step's Markdown", () => {
    const hostile = [
      "- id: refresh",
      "  kind: resolution",
      "  revisions: [2026-07-28]",
      '  title: "<script>alert(1)</script> Refresh"',
      "  body: |",
      '    <img src=x onerror="alert(2)"> [docs](javascript:alert(3)) <svg onload=alert(4)>',
      "  steps: ['Refresh early <iframe src=https://evil.example></iframe>']",
      "  verify: Run for two hours.",
      "  answers: [{ id: didnt-help, label: Didn't help, next: escalate }]",
    ].join("\n");
    const change = changeFromFields(runbookChangeFieldsSchema.parse({ proposal: hostile, removeSteps: [] }));
    const { definition, problems } = applyRunbookChange(fixtureRunbook(), change);
    expect(problems).toEqual([]);
    const { svg } = buildFlowchart({
      slug: "t",
      title: "T",
      version: 1,
      definition,
      nodeId: null,
      answers: {},
      withLinks: true,
    });
    expect(svg).not.toMatch(/<script|<img|<iframe/);
    expect(svg).toContain("&#60;script&#62;");
    const node = definition.nodes.find((n) => n.id === "refresh") as Extract<
      (typeof definition.nodes)[number],
      { kind: "resolution" }
    >;
    const html = renderToStaticMarkup(
      <>
        {[node.body, ...node.steps].map((text) => (
          <div key={text}>{renderMarkdown(text)}</div>
        ))}
      </>,
    );
    expect(html).toContain("Refresh early");
    // Judged on real tags: raw HTML now shows as escaped text ("&lt;img src=x onerror=…"), which runs nothing.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /^<(script|img|iframe|svg)|\son\w+=|javascript:/i.test(tag))).toEqual([]);
    expect(html).toContain("Refresh early &lt;iframe src=");
  });
});

describe("proposal size and parsing cost", () => {
  it("checks the size before parsing: an oversized proposal gets only the size message", () => {
    const oversized = `- id: [${"x".repeat(31_000)}`;
    const parsed = runbookChangeFieldsSchema.safeParse({ proposal: oversized, removeSteps: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.message)).toEqual([
      "The proposed steps can be at most 30000 characters.",
    ]);
    expect(parseProposedSteps(oversized)).toMatchObject({ ok: false, message: expect.stringMatching(/at most 30000/) });
  });

  it("parses a given proposal once and keeps the verdict", () => {
    const text = `${newBranch}\n# ${Math.random()}`;
    const first = parseProposedSteps(text);
    expect(parseProposedSteps(text)).toBe(first);
    expect(changeFromFields({ proposal: text, removeSteps: [] }).nodes).toBe(first.ok ? first.nodes : null);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
