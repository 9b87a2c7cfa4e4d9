import { rateLimitPolicies, type RateLimitPolicyName } from "./policies";

/**
 * "You have sent several answers in a short time. Try again in 10 minutes.": the one wording of every limit, used
 * by the server's 429 and by the outcome form when it reads a limit back from its no-JavaScript redirect.
 */
export function limitMessage(policyName: RateLimitPolicyName, retryAfterSeconds: number): string {
  return `You have ${rateLimitPolicies[policyName].doing} in a short time. Try again in ${formatWait(retryAfterSeconds)}.`;
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
