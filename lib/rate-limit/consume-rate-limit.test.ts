import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";

import { addUses, consumeRateLimit, counterKey, pruneExpiredRateLimits } from "./consume-rate-limit";
import { LONGEST_WINDOW_SECONDS, rateLimitPolicies } from "./policies";

describe.each(testEngines)("consumeRateLimit on %s", (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(() => test.close());

  const { limit, windowSeconds } = rateLimitPolicies.runbookOutcome;
  const at = new Date("2026-11-25T10:03:20Z");

  it("allows the policy's limit per window, then refuses with the seconds left in the window", async () => {
    for (let i = 0; i < limit; i++) {
      expect(await consumeRateLimit(test.db, "runbookOutcome", "203.0.113.7", at)).toEqual({ allowed: true });
    }
    const refused = await consumeRateLimit(test.db, "runbookOutcome", "203.0.113.7", at);
    const windowEnd = Math.ceil(at.getTime() / 1000 / windowSeconds) * windowSeconds;
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: windowEnd - at.getTime() / 1000 });
  });

  it("counts subjects separately and starts afresh in the next window", async () => {
    expect(await consumeRateLimit(test.db, "runbookOutcome", "198.51.100.1", at)).toEqual({ allowed: true });
    const nextWindow = new Date(at.getTime() + windowSeconds * 1000);
    expect(await consumeRateLimit(test.db, "runbookOutcome", "203.0.113.7", nextWindow)).toEqual({ allowed: true });
  });

  it("never stores the subject itself", async () => {
    const keys = await test.db.rateLimitCounter.findMany({ select: { key: true } });
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key).toMatch(/^runbookOutcome:[0-9a-f]{32}$/);
  });

  it("prunes windows that ended for every policy as it counts, and keeps the current ones", async () => {
    const later = new Date(at.getTime() + (windowSeconds + LONGEST_WINDOW_SECONDS + 120) * 1000);
    const current = await test.db.rateLimitCounter.count();
    expect(current).toBeGreaterThan(0);
    await consumeRateLimit(test.db, "search", "203.0.113.8", later);
    const left = await test.db.rateLimitCounter.findMany();
    expect(left).toHaveLength(1);
    expect(left[0]!.key).toMatch(/^search:/);
    expect(await pruneExpiredRateLimits(test.db, later)).toBe(0);
  });

  it("prunes each policy's counters once its own window ends, not the longest policy's", async () => {
    const start = new Date("2026-11-25T12:00:00Z");
    await consumeRateLimit(test.db, "search", "203.0.113.20", start);
    await consumeRateLimit(test.db, "runbookOutcome", "203.0.113.20", start);
    const threeMinutesOn = new Date(start.getTime() + 180_000);
    expect(await pruneExpiredRateLimits(test.db, threeMinutesOn)).toBeGreaterThanOrEqual(1);
    const keys = (await test.db.rateLimitCounter.findMany({ where: { windowStart: { gte: start } } })).map(
      (row) => row.key.split(":")[0],
    );
    expect(keys).toEqual(["runbookOutcome"]);
  });

  it("keeps up with a flood of new subjects: one prune removes thousands of ended counters", async () => {
    const floodStart = new Date("2026-11-26T08:00:00Z");
    const flood = Array.from({ length: 2_500 }, (_, i) => ({
      key: counterKey("search", `198.18.${i >> 8}.${i & 255}`),
      windowStart: floodStart,
      uses: 1,
    }));
    await addUses(test.db, flood);
    await consumeRateLimit(test.db, "search", "203.0.113.30", new Date(floodStart.getTime() + 3_600_000));
    expect(await test.db.rateLimitCounter.count({ where: { windowStart: floodStart } })).toBe(0);
  });

  it("keeps a window a minute past its end, for instances whose clocks run ahead, and prunes keys of no policy", async () => {
    const start = new Date("2026-11-27T09:00:00Z");
    await consumeRateLimit(test.db, "search", "203.0.113.40", start);
    await addUses(test.db, [{ key: "renamedPolicy:0123", windowStart: start, uses: 1 }]);
    const justEnded = new Date(start.getTime() + 90_000);
    await pruneExpiredRateLimits(test.db, justEnded);
    expect(await test.db.rateLimitCounter.count({ where: { windowStart: start } })).toBe(2);
    const afterTheLongestWindow = new Date(start.getTime() + (LONGEST_WINDOW_SECONDS + 120) * 1000);
    await pruneExpiredRateLimits(test.db, afterTheLongestWindow);
    expect(await test.db.rateLimitCounter.count({ where: { windowStart: start } })).toBe(0);
  });
});
