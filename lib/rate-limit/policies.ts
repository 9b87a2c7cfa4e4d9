/** Named limits: one table, so every limit the portal enforces can be read in one place. */
export const rateLimitPolicies = {
  /** "Did this fix it?" answers, per IP. */
  runbookOutcome: { limit: 5, windowSeconds: 600 },
} as const;

export type RateLimitPolicyName = keyof typeof rateLimitPolicies;
