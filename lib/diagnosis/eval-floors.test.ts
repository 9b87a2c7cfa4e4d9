import { readFile } from "node:fs/promises";

import { describe, expect, it } from "vitest";

import { formatFloors, measuresBelowFloor, raisedFloors, type EvalFloors } from "./eval-floors";
import type { EvalReport } from "./evaluate-diagnosis";

function report(overall: Omit<EvalReport["overall"], "cases">): EvalReport {
  return { overall: { cases: 100, ...overall }, byCategory: {}, byKind: {}, misses: [], stepMisses: [] };
}

const floors: EvalFloors = {
  "eval/dev.yaml": { recallAt1: 0.87, recallAt3: 0.95, stepAt1: 0.56 },
  "eval/heldout.yaml": { recallAt1: 0.82 },
};

describe("eval floors", () => {
  it("names each measure below its floor with the measured value", () => {
    const measured = report({
      recallAt1: 0.861,
      recallAt3: 0.96,
      recallAt5: 0.99,
      stepAt1: 0.5,
      stepWithinOneAnswer: 0.6,
    });
    expect(measuresBelowFloor(measured, floors["eval/dev.yaml"])).toEqual([
      "recallAt1 0.861 < 0.87",
      "stepAt1 0.500 < 0.56",
    ]);
    expect(measuresBelowFloor(measured, undefined)).toEqual([]);
  });

  it("raises floors to the measured value rounded down, never lowers one, and leaves unmeasured sets alone", () => {
    const measured = report({
      recallAt1: 0.8899,
      recallAt3: 0.94,
      recallAt5: 1,
      stepAt1: 0.58,
      stepWithinOneAnswer: 0.7,
    });
    expect(raisedFloors(floors, { "eval/dev.yaml": measured })).toEqual({
      "eval/dev.yaml": { recallAt1: 0.88, recallAt3: 0.95, stepAt1: 0.58 },
      "eval/heldout.yaml": { recallAt1: 0.82 },
    });
  });

  it("writes the layout eval/floors.json is kept in", async () => {
    const file = await readFile("eval/floors.json", "utf8");
    expect(formatFloors(JSON.parse(file) as EvalFloors)).toBe(file);
  });
});
