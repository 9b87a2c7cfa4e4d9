import { createHash } from "node:crypto";

import type { Prisma } from "@/lib/db/generated/client";

import { rateLimitPolicies, type RateLimitPolicyName } from "./policies";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one use of a policy by a subject (an IP or a user id) in a fixed window. The counter is one
 * atomic upsert in the database, so the limit holds across every app instance. Subjects are hashed:
 * the table never holds an IP address.
 */
export async function consumeRateLimit(
  tx: Prisma.TransactionClient,
  policyName: RateLimitPolicyName,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const policy = rateLimitPolicies[policyName];
  const windowMs = policy.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const key = `${policyName}:${createHash("sha256").update(subject).digest("hex").slice(0, 32)}`;
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  if (row!.count <= policy.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000) };
}
