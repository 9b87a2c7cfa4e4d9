import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { countRawQueries } from "@/lib/db/testing/count-raw-queries";
import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { runSeed } from "@/lib/seed/run-seed";

import { weighWordsAt } from "./word-weight-cache";

const sorted = (result: Awaited<ReturnType<typeof weighWordsAt>>) => ({
  weights: [...result.weights.values()]
    .map((w) => ({ ...w, lexemeDocuments: [...w.lexemeDocuments] }))
    .sort((a, b) => a.word.localeCompare(b.word)),
  variantRows: [...result.variantRows].sort((a, b) => `${a.variant} ${a.word}`.localeCompare(`${b.variant} ${b.word}`)),
});

describe.each(testEngines)("word weights kept per content version on %s", (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
  });
  afterAll(() => test.close());

  const words = ["refersh", "token", "expird", "401", "certificate"];
  const correctable = new Set(["refersh", "token", "expird", "certificate"]);

  it("answers as a fresh lookup does, typo corrections included", async () => {
    const fresh = await weighWordsAt(test.db, words, correctable, null);
    const kept = await weighWordsAt(test.db, words, correctable, 1);
    expect(sorted(kept)).toEqual(sorted(fresh));
    expect(fresh.variantRows.some((row) => row.word === "refresh")).toBe(true);
    expect(fresh.weights.get("401")?.idf).toBeGreaterThan(0);
  });

  it("looks a word up once per content version, and again when the version changes", async () => {
    const { db, counter } = countRawQueries(test.db);
    await weighWordsAt(db, ["origin", "header"], new Set(["origin", "header"]), 2);
    expect(counter.queries).toBe(1);
    const again = await weighWordsAt(db, ["header", "origin"], new Set(["origin", "header"]), 2);
    expect(counter.queries).toBe(1);
    expect(again.weights.has("origin")).toBe(true);
    await weighWordsAt(db, ["origin", "missing"], new Set(["origin", "missing"]), 2);
    expect(counter.queries).toBe(2);
    await weighWordsAt(db, ["origin", "header"], new Set(["origin", "header"]), 3);
    expect(counter.queries).toBe(3);
  });

  it("never reuses a word weighed without a version", async () => {
    const { db, counter } = countRawQueries(test.db);
    await weighWordsAt(db, ["scope"], new Set(), null);
    await weighWordsAt(db, ["scope"], new Set(), null);
    expect(counter.queries).toBe(2);
  });
});
