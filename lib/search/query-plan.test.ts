import { describe, expect, it } from "vitest";

import { chooseFragments, planQuery } from "./query-plan";

describe("planQuery", () => {
  it("keeps a pasted log's lines, normalized and without duplicates or short noise", () => {
    const paste =
      "ok\n2026-11-25 10:00:00 invalid_token: The access token expired\n2026-11-25 10:00:05 invalid_token: The access token expired\nretrying";
    expect(planQuery(paste).lines).toEqual(["invalid_token the access token expired"]);
  });

  it("treats a few plain words as keywords and anything with error punctuation as a pasted error", () => {
    expect(planQuery("rate limiting problems").isKeywordQuery).toBe(true);
    expect(planQuery("error: invalid_grant").isKeywordQuery).toBe(false);
  });
});

describe("chooseFragments", () => {
  it("picks the lines with the rarest words, not the longest ones", () => {
    const lines = [
      "info processed batch in ms with workers and retries as usual today",
      "aadsts9010010 resource mismatch",
    ];
    const idf = (word: string) => ({ aadsts9010010: 9, mismatch: 3 })[word] ?? 0.1;
    expect(chooseFragments(lines, idf, 1)).toEqual(["aadsts9010010 resource mismatch"]);
    expect(chooseFragments(lines, () => 0, 1)).toEqual([lines[0]]);
  });
});
