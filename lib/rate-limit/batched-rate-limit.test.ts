import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";

import { BatchedRateLimit } from "./batched-rate-limit";
import { consumeRateLimit, counterKey, type RateLimitStore } from "./consume-rate-limit";
import { rateLimitPolicies } from "./policies";
import { windowStartOf } from "./windows";

// A flush interval no test waits for: each test flushes when it means to.
const NEVER = 60_000;

describe.each(testEngines)("BatchedRateLimit on %s", (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(() => test.close());

  const { limit, windowSeconds } = rateLimitPolicies.search;
  const at = new Date("2026-11-25T10:03:20Z");
  const stored = async (subject: string, now = at) => {
    const rows = await test.db.$queryRaw<{ count: number }[]>`
      SELECT "count" FROM "RateLimitCounter"
      WHERE "key" = ${counterKey("search", subject)} AND "windowStart" = ${windowStartOf("search", now)}`;
    return rows[0]?.count ?? 0;
  };
  const limiterOn = (
    store: () => Promise<RateLimitStore> = async () => test.db,
    flushMs = NEVER,
    maxCounters?: number,
  ) => new BatchedRateLimit(store, flushMs, maxCounters);

  it("counts every use here, sends them together, and refuses past the limit at once", async () => {
    const limiter = limiterOn();
    for (let i = 0; i < limit; i++) expect(limiter.consume("search", "203.0.113.1", at)).toEqual({ allowed: true });
    // Not even the first use waited for the database.
    expect(await stored("203.0.113.1")).toBe(0);
    // The refusal sends every use at once, for the other instances.
    expect(limiter.consume("search", "203.0.113.1", at)).toEqual({
      allowed: false,
      retryAfterSeconds: windowSeconds - 20,
    });
    await expect.poll(() => stored("203.0.113.1")).toBe(limit + 1);
  });

  it("knows what another instance counted from its first flush after", async () => {
    const a = limiterOn();
    const b = limiterOn();
    for (let i = 0; i < limit; i++) a.consume("search", "203.0.113.2", at);
    await a.flush(at);
    // B has not heard of this address: its first use passes (the flush's trade-off), its flush learns A's uses.
    expect(b.consume("search", "203.0.113.2", at).allowed).toBe(true);
    await b.flush(at);
    expect(b.consume("search", "203.0.113.2", at).allowed).toBe(false);
    // A new window: B counts one, A 109. B learns A's uses when its next flush returns the total.
    const next = new Date(at.getTime() + windowSeconds * 1000);
    b.consume("search", "203.0.113.2", next);
    for (let i = 0; i < limit - 11; i++) a.consume("search", "203.0.113.2", next);
    await a.flush(next);
    expect(b.consume("search", "203.0.113.2", next).allowed).toBe(true);
    await b.flush(next);
    for (let i = 0; i < 9; i++) expect(b.consume("search", "203.0.113.2", next).allowed).toBe(true);
    expect(b.consume("search", "203.0.113.2", next).allowed).toBe(false);
    await b.flush(next);
    expect((await consumeRateLimit(test.db, "search", "203.0.113.2", next)).allowed).toBe(false);
  });

  it("sends thousands of addresses in one flush, each counted once", async () => {
    const limiter = limiterOn();
    const addresses = Array.from({ length: 5_001 }, (_, i) => `2001:db8::${i.toString(16)}`);
    for (const address of addresses) limiter.consume("search", address, at);
    await limiter.flush(at);
    const [row] = await test.db.$queryRaw<[{ counters: number; uses: number }]>`
      SELECT count(*)::int AS counters, sum("count")::int AS uses FROM "RateLimitCounter"
      WHERE "key" = ANY(${addresses.map((address) => counterKey("search", address))})
        AND "windowStart" = ${windowStartOf("search", at)}`;
    expect(row).toEqual({ counters: 5_001, uses: 5_001 });
  });

  it("keeps the uses of a send that failed and adds them with the next", async () => {
    let down = true;
    const limiter = limiterOn(async () => {
      if (down) throw new Error("database unreachable");
      return test.db;
    });
    for (let i = 0; i < 3; i++) expect(limiter.consume("search", "203.0.113.3", at).allowed).toBe(true);
    await limiter.flush(at);
    expect(await stored("203.0.113.3")).toBe(0);
    down = false;
    limiter.consume("search", "203.0.113.3", at);
    await limiter.flush(at);
    expect(await stored("203.0.113.3")).toBe(4);
  });

  it("flushes by itself after its interval", async () => {
    // Now, not the fixed time: the flush's own clock decides which windows have ended.
    const now = new Date();
    const limiter = limiterOn(undefined, 10);
    limiter.consume("search", "203.0.113.5", now);
    limiter.consume("search", "203.0.113.5", now);
    await expect.poll(() => stored("203.0.113.5", now), { timeout: 5_000 }).toBe(2);
  });

  it("keeps at most its cap of counters, forgetting only sent ones, and still refuses a forgotten subject", async () => {
    const limiter = limiterOn(undefined, NEVER, 10);
    for (let i = 0; i < limit; i++) limiter.consume("search", "198.51.100.1", at);
    await limiter.flush(at);
    // A flood of new addresses within one flush: only the counter already sent (the limited one) may be forgotten.
    const flood = Array.from({ length: 15 }, (_, i) => `198.51.100.${i + 2}`);
    for (const address of flood) limiter.consume("search", address, at);
    expect(limiter.countersKept).toBe(15);
    await limiter.flush(at);
    // Once they are sent, the next new address brings the map down below its cap.
    limiter.consume("search", "198.51.100.99", at);
    expect(limiter.countersKept).toBe(9);
    // Forgotten here, it counts from zero until a flush returns its shared total, which refuses it again.
    expect(limiter.consume("search", "198.51.100.1", at).allowed).toBe(true);
    await limiter.flush(at);
    expect(limiter.consume("search", "198.51.100.1", at).allowed).toBe(false);
    await limiter.flush(at);
    expect(await stored("198.51.100.1")).toBe(limit + 2);
    for (const address of flood) expect(await stored(address)).toBe(1);
  });
});
