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
});

export type KnownIssueFilters = z.infer<typeof knownIssueFiltersSchema>;
