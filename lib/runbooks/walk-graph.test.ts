import { describe, expect, it } from "vitest";

import { routesTo } from "@/e2e/runbook-helpers";

import { loadRunbookFiles } from "./load-runbook-files";
import { stepsToKeepReady, stepsWithinReach } from "./steps-within-reach";
import { resolveWalk } from "./walk";
import { toWalkGraph, withWalkableNodes, type WalkGraph } from "./walk-graph";

describe("the walk graph the browser holds", () => {
  it("walks every route of every real runbook exactly as the full definition does, in under a quarter of its size", async () => {
    for (const { definition } of await loadRunbookFiles()) {
      const graph = toWalkGraph(definition);
      expect(JSON.stringify(graph).length).toBeLessThan(JSON.stringify(definition).length / 4);
      for (const route of routesTo(definition, () => true)) {
        const answers = Object.fromEntries(route.steps.map((step) => [step.node.id, step.answerId]));
        const full = resolveWalk(definition, route.target.id, answers);
        const slim = resolveWalk(graph, route.target.id, answers);
        expect(slim.current.id).toBe(full.current.id);
        expect(slim.trail.map((step) => [step.node.id, step.answer.id])).toEqual(
          full.trail.map((step) => [step.node.id, step.answer.id]),
        );
        expect(slim.notice).toBe(full.notice);
      }
    }
  });

  it("walks every route from the page's steps around the one shown, growing by the steps it asks for", async () => {
    for (const { definition } of await loadRunbookFiles()) {
      const whole = JSON.stringify(toWalkGraph(definition)).length;
      for (const route of routesTo(definition, () => true)) {
        // As a reader clicks at reading pace: the page around the root, then each step's requested neighbours.
        let graph = toWalkGraph(definition, stepsToKeepReady(resolveWalk(definition, null, {}), definition.root));
        expect(JSON.stringify(graph).length).toBeLessThan(whole);
        const answers: Record<string, string> = {};
        for (const step of route.steps) {
          answers[step.node.id] = step.answerId;
          const walk = resolveWalk(graph, null, answers);
          expect(walk.awaiting).toBeNull();
          graph = withWalkableNodes(graph, toWalkGraph(definition, stepsToKeepReady(walk, graph.root)).nodes);
        }
        const slim = resolveWalk(graph, route.target.id, answers);
        expect(slim.current.id).toBe(route.target.id);
        expect(slim.notice).toBeNull();
      }
    }
  });

  it("waits, without a notice, at a step the graph does not hold yet, and goes on once it arrives", () => {
    const definition = {
      root: "start",
      nodes: [
        { id: "start", kind: "question" as const, title: "Start", answers: [{ id: "a", label: "A", next: "check" }] },
        { id: "check", kind: "diagnostic" as const, title: "Check", answers: [{ id: "ok", label: "OK", next: "fix" }] },
        { id: "fix", kind: "escalation" as const, title: "Fix" },
      ],
    };
    const around: WalkGraph = { root: "start", nodes: definition.nodes.slice(0, 2) };
    const waiting = resolveWalk(around, "fix", { start: "a", check: "ok" });
    expect(waiting.current.id).toBe("check");
    expect(waiting.awaiting).toEqual({ id: "ok", label: "OK", next: "fix" });
    expect(waiting.notice).toBeNull();
    expect(stepsToKeepReady(waiting, "start")).toContain("fix");
    const arrived = resolveWalk(withWalkableNodes(around, [definition.nodes[2]!]), "fix", { start: "a", check: "ok" });
    expect(arrived.current.id).toBe("fix");
    expect(arrived.awaiting).toBeNull();
    // An answer the step does not have is still an old link's, told as before.
    expect(resolveWalk(around, "fix", { start: "a", check: "gone" }).notice).toMatch(/no longer exists/);
  });

  it("keeps no step's text: only ids, kinds, titles and answers", async () => {
    const [first] = await loadRunbookFiles();
    for (const node of toWalkGraph(first!.definition).nodes) {
      expect(Object.keys(node).sort()).toEqual(
        node.kind === "escalation" ? ["id", "kind", "title"] : ["answers", "id", "kind", "title"],
      );
    }
  });
});

describe("steps within reach", () => {
  const graph = {
    root: "start",
    nodes: [
      {
        id: "start",
        kind: "question" as const,
        title: "Start",
        answers: [
          { id: "a", label: "A", next: "check" },
          { id: "b", label: "B", next: "other-runbook/fix" },
          { id: "c", label: "C", next: "check" },
        ],
      },
      { id: "check", kind: "diagnostic" as const, title: "Check", answers: [{ id: "ok", label: "OK", next: "fix" }] },
      { id: "fix", kind: "resolution" as const, title: "Fix", answers: [] },
    ],
  };

  it("is the step and where its answers lead in this runbook, once each; another runbook's step is not", () => {
    expect(stepsWithinReach(graph.nodes[0]!)).toEqual(["start", "check"]);
    expect(stepsWithinReach(graph.nodes[2]!)).toEqual(["fix"]);
  });

  it("keeps the walked steps and the root ready too, for Back, the trail's links and Restart", () => {
    const walk = resolveWalk(graph, "check", { start: "a" });
    expect(stepsToKeepReady(walk, graph.root).sort()).toEqual(["check", "fix", "start"]);
  });
});
