import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

import { consumeRateLimit } from "./consume-rate-limit";
import { rateLimitPolicies, type RateLimitPolicyName } from "./policies";

/** Counts one use, or refuses with a 429 whose message says how long to wait. */
export async function enforceRateLimit(tx: Prisma.TransactionClient, policyName: RateLimitPolicyName, subject: string) {
  const result = await consumeRateLimit(tx, policyName, subject);
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
