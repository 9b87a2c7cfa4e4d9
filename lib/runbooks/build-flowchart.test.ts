import { describe, expect, it } from "vitest";

import { buildFlowchart } from "./build-flowchart";
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
