import { describe, expect, it } from "vitest";

import { findStaleKnownIssues, parseStaleDays } from "./find-stale-known-issues";

const issue = (slug: string, lastVerified: string) => ({ slug, category: "token-expiration-issues", lastVerified });

describe("findStaleKnownIssues", () => {
  const today = new Date("2026-12-01T15:30:00Z");

  it("lists issues verified more than the given number of days ago, oldest first", () => {
    const stale = findStaleKnownIssues(
      [
        issue("fresh", "2026-11-30"),
        issue("old", "2026-01-01"),
        issue("edge", "2026-09-02"),
        issue("older", "2025-06-01"),
      ],
      90,
      today,
    );
    expect(stale.map((s) => [s.slug, s.ageDays])).toEqual([
      ["older", 548],
      ["old", 334],
    ]);
  });

  it("counts whole days in UTC, so an issue verified exactly `days` ago is not stale yet", () => {
    expect(findStaleKnownIssues([issue("edge", "2026-09-02")], 90, today)).toEqual([]);
    expect(findStaleKnownIssues([issue("edge", "2026-09-01")], 90, today)).toHaveLength(1);
  });
});

describe("parseStaleDays", () => {
  it("reads a whole number of days, with a default", () => {
    expect(parseStaleDays(undefined)).toBe(90);
    expect(parseStaleDays("30")).toBe(30);
    expect(() => parseStaleDays("soon")).toThrow('days must be a whole number of days, got "soon"');
    expect(() => parseStaleDays("-1")).toThrow();
  });
});
