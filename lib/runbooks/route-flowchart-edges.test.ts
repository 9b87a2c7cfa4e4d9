import { describe, expect, it } from "vitest";

import { layoutFlowchart, type FlowchartLayout } from "./layout-flowchart";
import { loadRunbookFiles } from "./load-runbook-files";
import { routeFlowchartEdges } from "./route-flowchart-edges";

/** The boxes (other than its own ends) that an edge's path runs through, sampled along each segment. */
function boxesCrossed(layout: FlowchartLayout, edge: FlowchartLayout["edges"][number]): string[] {
  const crossed = new Set<string>();
  for (const node of layout.nodes) {
    if (node.id === edge.from || node.id === edge.to) continue;
    const inside = (x: number, y: number) =>
      Math.abs(x - node.x) < node.width / 2 - 0.5 && Math.abs(y - node.y) < node.height / 2 - 0.5;
    edge.points.slice(1).forEach((b, i) => {
      const a = edge.points[i]!;
      for (let t = 0; t <= 1; t += 0.01) {
        if (inside(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)) crossed.add(node.id);
      }
    });
  }
  return [...crossed];
}

describe("routeFlowchartEdges", () => {
  it("keeps every edge of every runbook out of the boxes it does not join, in straight runs", async () => {
    for (const { definition } of await loadRunbookFiles()) {
      const layout = layoutFlowchart(definition);
      for (const edge of layout.edges) {
        expect(boxesCrossed(layout, edge), `${definition.category}: ${edge.from} → ${edge.to}`).toEqual([]);
        edge.points.slice(1).forEach((b, i) => {
          const a = edge.points[i]!;
          expect(Math.abs(a.x - b.x) < 0.5 || Math.abs(a.y - b.y) < 0.5, `${edge.from} → ${edge.to}`).toBe(true);
        });
      }
    }
  });

  it("leaves the source's bottom and enters the target's top", () => {
    const from = { x: 100, y: 50, width: 100, height: 40 };
    const to = { x: 400, y: 250, width: 100, height: 40 };
    const [path] = routeFlowchartEdges([{ from, to, bends: [{ x: 300, y: 150 }] }], [from, to]);
    expect(path![0]).toEqual({ x: 136, y: 70 });
    expect(path!.at(-1)).toEqual({ x: 364, y: 230 });
  });

  it("runs horizontally below a taller box that stands between the ranks", () => {
    const from = { x: 100, y: 50, width: 100, height: 40 };
    const to = { x: 400, y: 250, width: 100, height: 40 };
    const tall = { x: 250, y: 50, width: 100, height: 160 };
    const [path] = routeFlowchartEdges([{ from, to, bends: [] }], [from, to, tall]);
    const horizontal = path!.find((point, i) => i > 0 && Math.abs(path![i - 1]!.y - point.y) < 0.5)!;
    expect(horizontal.y).toBeGreaterThan(130);
    expect(horizontal.y).toBeLessThan(230);
  });

  it("gives parallel runs in one band their own tracks", () => {
    const from = { x: 100, y: 50, width: 100, height: 40 };
    const left = { x: 0, y: 250, width: 60, height: 40 };
    const right = { x: 300, y: 250, width: 60, height: 40 };
    const paths = routeFlowchartEdges(
      [
        { from, to: left, bends: [] },
        { from, to: right, bends: [] },
      ],
      [from, left, right],
    );
    const runY = (path: { y: number }[]) => path.find((p, i) => i > 0 && Math.abs(path[i - 1]!.y - p.y) < 0.5)!.y;
    expect(runY(paths[0]!)).not.toBe(runY(paths[1]!));
  });
});
