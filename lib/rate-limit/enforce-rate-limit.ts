import { AppError } from "@/lib/errors";

import { consumeRateLimit, type RateLimitStore } from "./consume-rate-limit";
import { limitMessage } from "./limit-message";
import type { RateLimitPolicyName } from "./policies";

/** One use of a named policy by a subject: a person's id or a client IP. */
export interface RateLimitUse {
  policy: RateLimitPolicyName;
  subject: string;
}

/**
 * Counts one use, or refuses with a 429 whose message says how long to wait. Pass the root client, not a
 * transaction: the count must stand even when the work it guards then fails.
 */
export async function enforceRateLimit(db: RateLimitStore, policyName: RateLimitPolicyName, subject: string) {
  const result = await consumeRateLimit(db, policyName, subject);
  if (result.allowed) return;
  throw rateLimitedError(policyName, result.retryAfterSeconds);
}

/** The 429 a refused use answers: what the person did, and how long to wait. */
export function rateLimitedError(policyName: RateLimitPolicyName, retryAfterSeconds: number): AppError {
  return new AppError("RATE_LIMITED", limitMessage(policyName, retryAfterSeconds), { retryAfterSeconds });
}
