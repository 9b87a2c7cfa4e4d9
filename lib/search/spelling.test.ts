import { describe, expect, it } from "vitest";

import { closestWords, editDistance, spellingVariants } from "./spelling";

describe("editDistance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("refersh", "refresh")).toBe(1);
    expect(editDistance("scpoe", "scope")).toBe(1);
  });
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("tokn", "token")).toBe(1);
    expect(editDistance("expired", "expird")).toBe(1);
    expect(editDistance("audiance", "audience")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("closestWords", () => {
  it("prefers fewer edits over higher trigram similarity", () => {
    expect(closestWords("refersh", ["reference", "refresh", "refers"])).toEqual(["refers", "refresh"]);
    expect(closestWords("limitng", ["limit", "limiting"])).toEqual(["limiting"]);
  });
  it("refuses words too far off to be a typo", () => {
    expect(closestWords("tokn", ["taken", "tokens"])).toEqual([]);
    expect(closestWords("seccomp", ["second"])).toEqual([]);
  });
  it("keeps the two of equally close words with the most trigrams in common", () => {
    expect(closestWords("hots", ["dots", "hosts", "hot", "host"])).toEqual(["hot", "hosts"]);
  });
});

describe("spellingVariants", () => {
  it("gives the word and each one-letter deletion, once each", () => {
    expect(spellingVariants("tokn").sort()).toEqual(["okn", "tkn", "tok", "tokn", "ton"]);
    expect(spellingVariants("aab").sort()).toEqual(["aa", "aab", "ab"]);
  });

  it("gives a typo and its word a variant in common", () => {
    for (const [typo, word] of [
      ["refersh", "refresh"],
      ["tokn", "token"],
      ["scpoe", "scope"],
      ["audiance", "audience"],
    ]) {
      const shared = spellingVariants(typo!).filter((v) => spellingVariants(word!).includes(v));
      expect(shared.length, `${typo} → ${word}`).toBeGreaterThan(0);
    }
  });
});
