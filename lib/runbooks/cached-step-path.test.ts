import { describe, expect, it } from "vitest";

import { cachedStepPath, isCachedStepPath, isStepPath, publicStepPath, stepFromSegments } from "./cached-step-path";

/** What Next.js hands the page: the internal path's segments after the slug. */
const segmentsOf = (internal: string) => internal.split("/").slice(3);

describe("a runbook step's cached form", () => {
  it("carries the step and its answers, and reads back as the same public URL", () => {
    for (const url of [
      "/runbooks/token-expiration-issues?v=3",
      "/runbooks/token-expiration-issues/fix-clock-skew?who-runs-what=server&v=3",
      "/runbooks/r/n?a=with%20space&b=a%2Bplus&c=100%25&d=%C3%A9t%C3%A9",
      "/runbooks/r/n?outcome=rate-limited&retry=120",
    ]) {
      const parsed = new URL(url, "http://portal.invalid");
      const internal = cachedStepPath(parsed.pathname, parsed.searchParams)!;
      expect(internal.split("/")).toHaveLength(5);
      expect(isCachedStepPath(internal)).toBe(true);
      expect(isCachedStepPath(parsed.pathname)).toBe(false);
      const step = stepFromSegments(segmentsOf(internal))!;
      expect(new URL(publicStepPath("x", step), "http://portal.invalid").searchParams.toString()).toBe(
        parsed.searchParams.toString(),
      );
      expect(step.nodeId).toBe(parsed.pathname.split("/")[3] ?? null);
    }
  });

  it("leaves a step without answers at its own path, whatever cache-busting parameter a client navigation adds", () => {
    for (const [path, nodeId] of [
      ["/runbooks/r", null],
      ["/runbooks/r/n", "n"],
    ] as const) {
      expect(cachedStepPath(path, new URLSearchParams("_rsc=abc"))).toBeNull();
      expect(cachedStepPath(path, new URLSearchParams())).toBeNull();
      expect(stepFromSegments(path.split("/").slice(3))).toEqual({ nodeId, query: new URLSearchParams() });
    }
    expect(stepFromSegments(undefined)).toEqual({ nodeId: null, query: new URLSearchParams() });
    // The internal path's placeholder for the first page is not a node of its own.
    expect(stepFromSegments(["~"])).toBeNull();
  });

  it("is one cached page per step and answers, whatever cache-busting parameter a client navigation adds", () => {
    const a = cachedStepPath("/runbooks/r/n", new URLSearchParams("x=1&_rsc=abc"));
    const b = cachedStepPath("/runbooks/r/n", new URLSearchParams("x=1&_rsc=def"));
    expect(a).toBe(b);
    expect(a).not.toBe(cachedStepPath("/runbooks/r/n", new URLSearchParams("x=2")));
  });

  it("leaves the runbook's other routes and deeper paths alone", () => {
    for (const path of ["/runbooks/r/flowchart", "/runbooks/r/flowchart.svg", "/runbooks/r/transcript", "/runbooks"]) {
      expect(cachedStepPath(path, new URLSearchParams("v=3"))).toBeNull();
      expect(isStepPath(path)).toBe(false);
    }
    expect(cachedStepPath("/runbooks/r/n/extra", new URLSearchParams("v=3"))).toBeNull();
    expect(stepFromSegments(["n", "extra"])).toBeNull();
    expect(stepFromSegments(["n", "q", "extra"])).toBeNull();
    expect(stepFromSegments(["n", "qa=b"])).toBeNull();
  });
});
