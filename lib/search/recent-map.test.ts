import { describe, expect, it } from "vitest";

import { memoByText, RecentMap } from "./recent-map";

describe("RecentMap", () => {
  it("evicts the least recently used entry past its bound, a read counting as a use", () => {
    const map = new RecentMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1);
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
    expect(map.size).toBe(2);
  });

  it("forgets a key only while it still holds the value named", () => {
    const map = new RecentMap<string, number>(2);
    map.set("a", 1);
    map.set("a", 2);
    map.deleteIf("a", 1);
    expect(map.get("a")).toBe(2);
    map.deleteIf("a", 2);
    expect(map.get("a")).toBeUndefined();
  });
});

describe("memoByText", () => {
  it("computes a text once while it stays among the most recent, and again after eviction", () => {
    const seen: string[] = [];
    const length = memoByText((text) => {
      seen.push(text);
      return text.length;
    }, 2);
    expect([length("ab"), length("ab"), length("cde"), length("ab")]).toEqual([2, 2, 3, 2]);
    expect(seen).toEqual(["ab", "cde"]);
    length("f");
    length("cde");
    expect(seen).toEqual(["ab", "cde", "f", "cde"]);
  });
});
