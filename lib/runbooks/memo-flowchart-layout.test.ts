import { describe, expect, it } from "vitest";

import { layoutFlowchart } from "./layout-flowchart";
import { memoFlowchartLayout } from "./memo-flowchart-layout";
import { fixtureRunbook } from "./test-fixture";

describe("memoFlowchartLayout", () => {
  it("lays out a definition as layoutFlowchart does, once per content", () => {
    const first = memoFlowchartLayout(fixtureRunbook());
    expect(first).toEqual(layoutFlowchart(fixtureRunbook()));
    // A request loads its own copy of the definition; an equal copy reuses the layout.
    expect(memoFlowchartLayout(fixtureRunbook())).toBe(first);
  });

  it("lays out a changed definition anew, so an approved edit never shows the old graph", () => {
    const before = memoFlowchartLayout(fixtureRunbook());
    const edited = fixtureRunbook();
    edited.nodes = edited.nodes.map((node) =>
      node.id === "refresh" ? { ...node, title: "Refresh the token now" } : node,
    );
    const after = memoFlowchartLayout(edited);
    expect(after).not.toBe(before);
    expect(after.nodes.find((node) => node.id === "refresh")?.lines.join(" ")).toContain("Refresh the token now");
  });
});
