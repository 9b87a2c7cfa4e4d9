import { AppError } from "@/lib/errors";

import { consumeRateLimit, type RateLimitStore } from "./consume-rate-limit";
import { rateLimitPolicies, type RateLimitPolicyName } from "./policies";

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
  throw new AppError(
    "RATE_LIMITED",
    `You have ${rateLimitPolicies[policyName].doing} in a short time. Try again in ${formatWait(result.retryAfterSeconds)}.`,
    { retryAfterSeconds: result.retryAfterSeconds },
  );
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
