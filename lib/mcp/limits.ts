/** Size bounds of what the MCP server sends: each field, each list, and each whole result. */
export const MCP_LIMITS = {
  /** Characters of one Markdown body (a step, a root cause). */
  body: 6000,
  /** Characters of a short field (a title, a label, a signature). */
  line: 300,
  /** Characters of a command. */
  command: 4000,
  /** Items in any list. */
  list: 20,
  /** Characters of a whole tool result as JSON: a model's context is precious. */
  result: 40_000,
  /** Characters of a runbook resource. */
  resource: 120_000,
} as const;
