import { describe, expect, it, vi } from "vitest";

import type { SearchResult } from "./run-search";
import { SEARCH_CACHE_MAX_ENTRIES, searchOnce } from "./search-cache";

const result = (label: string) => ({ hits: [label], tookMs: 40 }) as unknown as SearchResult;

describe("searchOnce", () => {
  it("runs an equal search of the same content once, also when the requests arrive together", async () => {
    const run = vi.fn(async () => result("a"));
    const answers = await Promise.all([1, 2, 3].map(() => searchOnce("together", 1, run)));
    await searchOnce("together", 1, run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(answers.map((answer) => answer.hits)).toEqual([["a"], ["a"], ["a"]]);
  });

  it("runs it again once the content changed", async () => {
    const run = vi.fn(async () => result("b"));
    await searchOnce("changed", 1, run);
    await searchOnce("changed", 2, run);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("forgets a search that failed, so the next request runs it", async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error("database gone")).mockResolvedValueOnce(result("c"));
    await expect(searchOnce("failed", 1, run)).rejects.toThrow("database gone");
    await expect(searchOnce("failed", 1, run)).resolves.toMatchObject({ hits: ["c"] });
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("keeps nothing without a content version (outside a server) or for a long paste", async () => {
    const run = vi.fn(async () => result("d"));
    await searchOnce("unversioned", null, run);
    await searchOnce("unversioned", null, run);
    const paste = "x".repeat(2_001);
    await searchOnce(paste, 1, run);
    await searchOnce(paste, 1, run);
    expect(run).toHaveBeenCalledTimes(4);
  });

  it("evicts the least recently used search past its bound", async () => {
    const run = vi.fn(async () => result("e"));
    await searchOnce("oldest", 1, run);
    await searchOnce("kept", 1, run);
    for (let i = 0; i < SEARCH_CACHE_MAX_ENTRIES - 2; i++) await searchOnce(`filler ${i}`, 1, run);
    await searchOnce("kept", 1, run);
    await searchOnce("newest", 1, run);
    run.mockClear();
    await searchOnce("kept", 1, run);
    expect(run).not.toHaveBeenCalled();
    await searchOnce("oldest", 1, run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("reports the time this answer took, not the first search's", async () => {
    await searchOnce("timed", 1, async () => result("f"));
    const again = await searchOnce("timed", 1, async () => result("g"));
    expect(again.hits).toEqual(["f"]);
    expect(again.tookMs).toBeLessThan(40);
  });
});
