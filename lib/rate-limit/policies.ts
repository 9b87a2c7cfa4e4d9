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
  /**
   * Searches, per IP, one budget: the /search page, GET /api/search (live search sends one per pause in typing)
   * and the MCP server's tool calls and resource reads.
   */
  search: { limit: 120, windowSeconds: 60, doing: "searched very often" },
  /** The contribution form's Markdown preview, per IP (one per pause in typing). */
  markdownPreview: { limit: 60, windowSeconds: 60, doing: "asked for many previews" },
  /** Server probes from the portal (/probe), per IP and per person: each sends a few dozen requests. */
  probeIp: { limit: 10, windowSeconds: 600, doing: "started several probes from this network" },
  probeUser: { limit: 20, windowSeconds: 3600, doing: "started several probes" },
  /** Magic-link emails, per address. */
  signInEmail: { limit: 3, windowSeconds: 900, doing: "asked for several sign-in emails" },
  /** Magic-link emails, per IP: one client cannot mail many addresses either. */
  signInEmailIp: { limit: 10, windowSeconds: 3600, doing: "asked for many sign-in emails from this network" },
} as const;

export type RateLimitPolicyName = keyof typeof rateLimitPolicies;

/** The longest window: a counter whose window started longer ago than this has expired for every policy. */
export const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(rateLimitPolicies).map((p) => p.windowSeconds));
