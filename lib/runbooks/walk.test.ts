import { describe, expect, it } from "vitest";

import { fixtureRunbook } from "./test-fixture";
import { answersFromSearchParams, stepHref } from "./urls";
import { answersOfTrail, resolveWalk } from "./walk";

const runbook = fixtureRunbook();

describe("resolveWalk", () => {
  it("starts at the root", () => {
    const walk = resolveWalk(runbook, null, {});
    expect(walk.current.id).toBe("start");
    expect(walk.trail).toEqual([]);
    expect(walk.notice).toBeNull();
  });

  it("replays the answers in the URL to the named step", () => {
    const walk = resolveWalk(runbook, "refresh", { start: "token", inspect: "expired" });
    expect(walk.current.id).toBe("refresh");
    expect(walk.trail.map((s) => `${s.node.id}=${s.answer.id}`)).toEqual(["start=token", "inspect=expired"]);
    expect(walk.notice).toBeNull();
  });

  it("stops at the named step even when later answers are still in the URL (changing an earlier answer)", () => {
    const walk = resolveWalk(runbook, "start", { start: "token", inspect: "expired" });
    expect(walk.current.id).toBe("start");
    expect(walk.trail).toEqual([]);
  });

  it("lands an old link whose answer no longer exists on the nearest valid step, with a notice", () => {
    const walk = resolveWalk(runbook, "old-node", { start: "token", inspect: "answer-removed-in-v2" });
    expect(walk.current.id).toBe("inspect");
    expect(walk.notice).toMatch(/no longer exists/);
  });

  it("keeps an old link working after a step was inserted in front of the steps it answers", () => {
    const inserted = fixtureRunbook({ root: "who" });
    inserted.nodes.unshift({
      id: "who",
      kind: "question",
      revisions: inserted.nodes[0]!.revisions,
      title: "Which part do you run?",
      body: "Where you stand.",
      references: [],
      answers: [
        { id: "server", label: "The server", next: "start" },
        { id: "not-sure", label: "Not sure", next: "start" },
      ],
    });
    const walk = resolveWalk(inserted, "refresh", { start: "token", inspect: "expired" });
    expect(walk.current.id).toBe("refresh");
    expect(walk.notice).toBeNull();
    expect(walk.trail.map((s) => `${s.node.id}=${s.answer.id}`)).toEqual([
      "who=server",
      "start=token",
      "inspect=expired",
    ]);
    expect(resolveWalk(inserted, null, {}).current.id).toBe("who");
  });

  it("never follows answers past the number of nodes (defence against hand-made URLs)", () => {
    const walk = resolveWalk(runbook, "nowhere", { start: "token", inspect: "aud", "fix-aud": "x" });
    expect(walk.current.id).toBe("fix-aud");
    expect(walk.notice).not.toBeNull();
  });
});

describe("step URLs", () => {
  it("round-trip through the query string", () => {
    const walk = resolveWalk(runbook, "fix-aud", { start: "token", inspect: "aud" });
    const href = stepHref("token-expiration-issues", walk.current.id, answersOfTrail(walk.trail), 3);
    expect(href).toBe("/runbooks/token-expiration-issues/fix-aud?start=token&inspect=aud&v=3");
    const params = new URL(href, "http://x").searchParams;
    expect(answersFromSearchParams(params)).toEqual({ start: "token", inspect: "aud" });
  });

  it("cut the trail when an earlier answer is changed", () => {
    const walk = resolveWalk(runbook, "refresh", { start: "token", inspect: "expired" });
    expect(answersOfTrail(walk.trail, 1)).toEqual([["start", "token"]]);
  });
});
