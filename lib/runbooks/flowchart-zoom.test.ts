import { describe, expect, it } from "vitest";

import { fitScale, MIN_SCALE, zoomedScale } from "./flowchart-zoom";

describe("fitScale", () => {
  it("keeps full size when the root and the current step already fit", () => {
    expect(fitScale({ left: 0, top: 0, right: 500, bottom: 300 }, { width: 1000, height: 700 })).toBe(1);
  });

  it("zooms out just enough to hold both", () => {
    expect(fitScale({ left: 0, top: 0, right: 1800, bottom: 300 }, { width: 1000, height: 700 })).toBeCloseTo(0.5);
  });

  it("never goes below the smallest readable zoom", () => {
    expect(fitScale({ left: 0, top: 0, right: 9000, bottom: 300 }, { width: 1000, height: 700 })).toBe(MIN_SCALE);
  });
});

describe("zoomedScale", () => {
  it("steps to the next level from between two levels", () => {
    expect(zoomedScale(0.72, "in")).toBe(0.8);
    expect(zoomedScale(0.72, "out")).toBe(0.65);
    expect(zoomedScale(1, "in")).toBe(1.25);
  });

  it("stops at both ends", () => {
    expect(zoomedScale(1.5, "in")).toBe(1.5);
    expect(zoomedScale(0.2, "out")).toBe(MIN_SCALE);
    expect(zoomedScale(0.2, "in")).toBe(MIN_SCALE);
  });
});
