import { rateLimitPolicies, type RateLimitPolicyName } from "./policies";

// Every limit counts in fixed windows aligned to the clock. Apart from the counters (no database here), so the
// end-to-end tests can ask how much of a window is left the way the server reckons it.

/** The start of the fixed window `now` falls in. */
export function windowStartOf(policyName: RateLimitPolicyName, now: Date): Date {
  const windowMs = rateLimitPolicies[policyName].windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Whole seconds until the window that started at `windowStart` ends. */
export function secondsLeft(policyName: RateLimitPolicyName, windowStart: Date, now: Date): number {
  const windowMs = rateLimitPolicies[policyName].windowSeconds * 1000;
  return Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
}
