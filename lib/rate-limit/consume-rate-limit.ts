import { createHash } from "node:crypto";

import type { Prisma } from "@/lib/db/generated/client";

import { LONGEST_WINDOW_SECONDS, rateLimitPolicies, type RateLimitPolicyName } from "./policies";

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
  const windowMs = policy.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const key = `${policyName}:${createHash("sha256").update(subject).digest("hex").slice(0, 32)}`;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  await pruneNowAndThen(db, now);
  if (row!.count <= policy.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000) };
}

const PRUNE_EVERY_MS = 10_000;
const PRUNE_BATCH = 1_000;
let lastPrunedAt = 0;

/** At most once per PRUNE_EVERY_MS per process, so a busy limiter adds one cheap statement now and then. */
async function pruneNowAndThen(db: RateLimitStore, now: Date) {
  if (Math.abs(now.getTime() - lastPrunedAt) < PRUNE_EVERY_MS) return;
  lastPrunedAt = now.getTime();
  await pruneExpiredRateLimits(db, now);
}

/**
 * Deletes counters whose window ended for every policy, oldest first and at most PRUNE_BATCH at a time
 * (an index on windowStart finds them), so the table holds about one window's worth of subjects.
 */
export async function pruneExpiredRateLimits(db: RateLimitStore, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LONGEST_WINDOW_SECONDS * 1000);
  return db.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE ("key", "windowStart") IN (
      SELECT "key", "windowStart" FROM "RateLimitCounter" WHERE "windowStart" < ${cutoff}
      ORDER BY "windowStart" LIMIT ${PRUNE_BATCH})`;
}
