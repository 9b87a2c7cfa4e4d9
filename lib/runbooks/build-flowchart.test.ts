import { describe, expect, it } from "vitest";

import { buildFlowchart } from "./build-flowchart";
import { layoutFlowchart } from "./layout-flowchart";
import { fixtureRunbook } from "./test-fixture";

const base = { slug: "token-expiration-issues", title: "Fixture <runbook>", version: 2, definition: fixtureRunbook() };

describe("buildFlowchart", () => {
  const { svg } = buildFlowchart({
    ...base,
    nodeId: "refresh",
    answers: { start: "token", inspect: "expired" },
    withLinks: true,
  });

  it("draws every node, each linking to its step with the answers that reach it", () => {
    for (const id of ["start", "inspect", "refresh", "fix-aud", "escalate"]) expect(svg).toContain(`data-node="${id}"`);
    expect(svg).toContain('href="/runbooks/token-expiration-issues/refresh?start=token&#38;inspect=expired&#38;v=2"');
    expect(svg).toContain('href="/runbooks/token-expiration-issues/escalate?start=other&#38;v=2"');
  });

  it("gives each resolution's didn't-help edge its own copy of the escalation box, linking to the one step", () => {
    const layout = layoutFlowchart(fixtureRunbook());
    const copies = layout.nodes.filter((node) => node.ref === "ask-owner").map((node) => node.id);
    expect(copies.sort()).toEqual(["ask-owner@fix-aud", "ask-owner@refresh"]);
    expect(layout.edges.filter((edge) => edge.answerId === "didnt-help").map((edge) => edge.to)).toEqual(
      expect.arrayContaining(["ask-owner@refresh", "ask-owner@fix-aud"]),
    );
    expect(svg.match(/data-node="ask-owner"/g)).toHaveLength(2);
    expect(svg).toContain(
      'href="/runbooks/token-expiration-issues/ask-owner?start=token&#38;inspect=expired&#38;refresh=didnt-help&#38;v=2"',
    );
    // The escalation shared with a question keeps its single box.
    expect(layout.nodes.filter((node) => node.ref === "escalate").map((node) => node.id)).toEqual(["escalate"]);
  });

  it("highlights the walked path and marks the current step", () => {
    const onPath = [...svg.matchAll(/data-node="([^"]+)" data-on-path="true"/g)].map((m) => m[1]);
    expect(onPath).toEqual(["start", "inspect", "refresh"]);
    expect(svg).toMatch(/data-node="refresh" data-on-path="true" aria-current="step"/);
    expect(svg).toContain('data-edge="inspect=expired" data-on-path="true"');
    expect(svg).not.toContain('data-edge="inspect=aud" data-on-path');
  });

  it("draws an answer into another runbook as a box that links to that runbook's step", () => {
    const definition = fixtureRunbook();
    const inspect = definition.nodes[1]!;
    if (inspect.kind === "diagnostic")
      inspect.answers.push({ id: "tls", label: "A TLS error", next: "network-security-issues/inspect-tls-chain" });
    const { svg: linked } = buildFlowchart({ ...base, definition, nodeId: null, answers: {}, withLinks: true });
    expect(linked).toContain('data-node="network-security-issues/inspect-tls-chain"');
    expect(linked).toContain("OTHER RUNBOOK");
    expect(linked).toContain('href="/runbooks/network-security-issues/inspect-tls-chain"');
    expect(linked).toContain('data-edge="inspect=tls"');
  });

  it("escapes text, and the downloadable file has no links", () => {
    expect(svg).toContain("Fixture &#60;runbook&#62;, version 2");
    const download = buildFlowchart({ ...base, nodeId: null, answers: {}, withLinks: false }).svg;
    expect(download).not.toContain("<a ");
    expect(download).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
  });
});
