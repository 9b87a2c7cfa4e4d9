import { createHash } from "node:crypto";

import { Prisma } from "@/lib/db/generated/client";

import { LONGEST_WINDOW_SECONDS, rateLimitPolicies, type RateLimitPolicyName } from "./policies";
import { secondsLeft, windowStartOf } from "./windows";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Where counters live: the root client (a statement of its own, as callers should use) or a transaction. */
export type RateLimitStore = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/**
 * Counts one use of a policy by a subject (an IP or a user id) in a fixed window. The counter is one
 * atomic upsert in the database, so the limit holds across every app instance. Subjects are hashed:
 * the table never holds an IP address. Callers count in a statement of their own, before the work's
 * transaction: a count inside a transaction that then fails would be rolled back with it, and failing
 * attempts are exactly the ones a limit must see.
 */
export async function consumeRateLimit(
  db: RateLimitStore,
  policyName: RateLimitPolicyName,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const policy = rateLimitPolicies[policyName];
  const windowStart = windowStartOf(policyName, now);
  const key = counterKey(policyName, subject);
  const [row] = await addUses(db, [{ key, windowStart, uses: 1 }]);
  // The use is counted: a prune that fails must not fail the request that happened to run it.
  await pruneNowAndThen(db, now).catch((error: unknown) =>
    console.error(`Pruning rate-limit counters failed; the next prune retries: ${(error as Error).message}`),
  );
  if (row!.count <= policy.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: secondsLeft(policyName, windowStart, now) };
}

/**
 * Adds uses to counters, one atomic upsert for all of them, and returns each counter's new total with its window
 * as epoch milliseconds (stored as UTC), by which a caller holding several finds each.
 */
export async function addUses(
  db: RateLimitStore,
  counters: { key: string; windowStart: Date; uses: number }[],
): Promise<{ key: string; windowMs: number; count: number }[]> {
  const rows = counters.map(({ key, windowStart, uses }) => Prisma.sql`(${key}, ${windowStart}, ${uses})`);
  return db.$queryRaw`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES ${Prisma.join(rows)}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + EXCLUDED."count"
    RETURNING "key", (extract(epoch FROM "windowStart") * 1000)::float8 AS "windowMs", "count"`;
}

/** The counter's key: the policy and a hash of the subject (the table never holds an IP address). */
export function counterKey(policyName: RateLimitPolicyName, subject: string): string {
  return `${policyName}:${createHash("sha256").update(subject).digest("hex").slice(0, 32)}`;
}

const PRUNE_EVERY_MS = 10_000;
const PRUNE_BATCH = 1_000;
/**
 * Batches one prune deletes at most. One batch per PRUNE_EVERY_MS fell behind a flood of new subjects (every search
 * from a new address, 700 a second here, is a new counter); ten keep up with 60,000 a minute.
 */
const PRUNE_BATCHES = 10;
/** Kept past a window's end, so that an instance whose clock runs ahead never deletes a window others still count. */
const CLOCK_SKEW_MS = 60_000;
let lastPrunedAt = 0;

/** At most once per PRUNE_EVERY_MS per process, so a busy limiter adds a few cheap statements now and then. */
export async function pruneNowAndThen(db: RateLimitStore, now: Date) {
  if (Math.abs(now.getTime() - lastPrunedAt) < PRUNE_EVERY_MS) return;
  lastPrunedAt = now.getTime();
  for (let batch = 0; batch < PRUNE_BATCHES; batch++) {
    if ((await pruneExpiredRateLimits(db, now)) < PRUNE_BATCH) return;
  }
}

/** Policy names by the length of their window: the counters of each group expire together. */
const policiesByWindow = new Map<number, string[]>();
for (const [name, { windowSeconds }] of Object.entries(rateLimitPolicies)) {
  policiesByWindow.set(windowSeconds, [...(policiesByWindow.get(windowSeconds) ?? []), name]);
}

/**
 * Deletes up to PRUNE_BATCH counters whose window has ended, oldest first, in one statement: each policy's a minute
 * after its own window ends (a search's counter does not wait for the longest policy's hour), and any other key
 * (a policy since renamed) once the longest window has passed. The rows are found through the windowStart index and
 * deleted by their physical address, so neither step reads the whole table.
 */
export async function pruneExpiredRateLimits(db: RateLimitStore, now = new Date()): Promise<number> {
  const cutoff = (windowSeconds: number) => new Date(now.getTime() - windowSeconds * 1000 - CLOCK_SKEW_MS);
  const byPolicy = [...policiesByWindow].map(
    ([windowSeconds, names]) =>
      Prisma.sql`("windowStart" < ${cutoff(windowSeconds)} AND split_part("key", ':', 1) IN (${Prisma.join(names)}))`,
  );
  const shortest = Math.min(...policiesByWindow.keys());
  return db.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM "RateLimitCounter"
      WHERE "windowStart" < ${cutoff(shortest)}
        AND (${Prisma.join(byPolicy, " OR ")} OR "windowStart" < ${cutoff(LONGEST_WINDOW_SECONDS)})
      ORDER BY "windowStart" LIMIT ${PRUNE_BATCH}))`;
}
