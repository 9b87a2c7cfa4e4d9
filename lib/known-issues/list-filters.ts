import { z } from "zod";

import { PROTOCOL_REVISIONS } from "@/lib/revisions/protocol-revisions";

import { SEVERITIES, STATUSES } from "./schemas";

/** Filters of /known-issues; anything unknown is dropped rather than failing the page. */
export const knownIssueFiltersSchema = z.object({
  category: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  severity: z.enum(SEVERITIES).optional().catch(undefined),
  component: z.string().trim().min(1).max(80).optional().catch(undefined),
  /** Only issues that occur with this MCP protocol revision. */
  revision: z.enum(PROTOCOL_REVISIONS).optional().catch(undefined),
  /** Which page of KNOWN_ISSUES_PAGE_SIZE issues; past the last one shows the last. */
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** Issues per page of the list: enough to skim, small enough to load fast (all 111 made a 356 KB page). */
export const KNOWN_ISSUES_PAGE_SIZE = 25;

export type KnownIssueFilters = z.infer<typeof knownIssueFiltersSchema>;
