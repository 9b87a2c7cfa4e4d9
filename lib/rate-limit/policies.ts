/** Named limits: one table, so every limit the portal enforces can be read in one place. */
export const rateLimitPolicies = {
  /** "Did this fix it?" answers, per IP. */
  runbookOutcome: { limit: 5, windowSeconds: 600, doing: "sent several answers" },
  /** Creating, editing and submitting contributions, per person and per IP (several people behind one NAT). */
  contributionWriteUser: { limit: 10, windowSeconds: 3600, doing: "saved many contributions" },
  contributionWriteIp: { limit: 30, windowSeconds: 3600, doing: "saved many contributions from this network" },
  /** "This helped" votes, per person. */
  contributionVote: { limit: 30, windowSeconds: 600, doing: "voted many times" },
  /** Reports, per person. */
  contributionReport: { limit: 5, windowSeconds: 3600, doing: "sent several reports" },
  /** Machine searches, per IP: GET /api/search and the MCP server's tool calls and resource reads, one budget. */
  search: { limit: 120, windowSeconds: 60, doing: "sent many searches" },
  /** Server probes from the portal (/probe), per IP and per person: each sends a few dozen requests. */
  probeIp: { limit: 10, windowSeconds: 600, doing: "started several probes from this network" },
  probeUser: { limit: 20, windowSeconds: 3600, doing: "started several probes" },
  /** Magic-link emails, per address. */
  signInEmail: { limit: 3, windowSeconds: 900, doing: "asked for several sign-in emails" },
} as const;

export type RateLimitPolicyName = keyof typeof rateLimitPolicies;
