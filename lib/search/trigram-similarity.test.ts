import { describe, expect, it } from "vitest";

import {
  lineProfiles,
  similarity as profileSimilarity,
  trigramProfile,
  withPostings,
  wordSimilarity as profileWordSimilarity,
} from "./trigram-similarity";

const similarity = (a: string, b: string) => profileSimilarity(trigramProfile(a), trigramProfile(b));
const wordSimilarity = (a: string, b: string) => profileWordSimilarity(trigramProfile(a), trigramProfile(b));

describe("trigram similarity", () => {
  it("pads words as pg_trgm does: 'cat' has 4 trigrams and shares 2 with 'cap'", () => {
    expect(trigramProfile("Cat").all.size).toBe(4);
    expect(similarity("cat", "cap")).toBeCloseTo(2 / 6, 5);
  });

  it("is 1 for the same words and 0 for nothing in common", () => {
    expect(similarity("Invalid Host header", "invalid host HEADER")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("", "xyz")).toBe(0);
  });

  it("matches pg_trgm on a known pair", () => {
    // SELECT similarity('word', 'two words') = 0.363636 (4 shared of 11).
    expect(similarity("word", "two words")).toBeCloseTo(4 / 11, 5);
  });
});

describe("word similarity", () => {
  it("is 1 when the needle appears word for word inside a longer line", () => {
    expect(wordSimilarity("invalid host header", "error: invalid host header for request")).toBe(1);
  });

  it("stays high for a changed word or a cut-off end, and low for unrelated text", () => {
    const signature = "the access token audience does not match the resource server";
    expect(wordSimilarity("the access token audience does not match the mcp server", signature)).toBeGreaterThan(0.7);
    expect(wordSimilarity("the access token audience does not ma", signature)).toBeGreaterThan(0.8);
    expect(wordSimilarity("rate limit exceeded retry later", signature)).toBeLessThan(0.2);
  });

  it("does not join words across lines", () => {
    expect(wordSimilarity("alpha beta", "alpha\nbeta")).toBeLessThan(1);
    expect(wordSimilarity("alpha beta", "gamma\nalpha beta")).toBe(1);
  });
});

describe("profiles read the same however they are made", () => {
  const texts = [
    "error: invalid host header for request\nthe access token audience does not match",
    "Straße ÜBER 😀 emoji-wörter\n\nİstanbul x",
    "a\nb c\n",
  ];

  it("splits a text into the line profiles each line alone would give", () => {
    for (const text of texts) {
      const lines = lineProfiles(trigramProfile(text));
      expect(lines).toEqual(text.split("\n").map(trigramProfile));
    }
  });

  it("scores a haystack with postings exactly as one without", () => {
    const needles = ["invalid host header", "token audience does not match the resource", "über straße", "b c"];
    for (const text of texts)
      for (const needle of needles) {
        const haystack = trigramProfile(text);
        expect(profileWordSimilarity(trigramProfile(needle), withPostings(haystack))).toBe(
          profileWordSimilarity(trigramProfile(needle), haystack),
        );
      }
  });
});
