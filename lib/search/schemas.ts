import { z } from "zod";

import { PROTOCOL_REVISIONS } from "@/lib/revisions/protocol-revisions";
import { plainString } from "@/lib/validation/text";

import { MAX_QUERY_LENGTH, MAX_RESULTS } from "./limits";

export const SEARCH_TYPES = ["known-issue", "runbook-step", "category", "contribution"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const TYPE_TO_DOCUMENT = {
  "known-issue": "KNOWN_ISSUE",
  "runbook-step": "RUNBOOK_NODE",
  category: "CATEGORY",
  contribution: "CONTRIBUTION",
} as const;

/** One schema for the search page, the API and the search box: what a query may contain. */
export const searchQuerySchema = z.object({
  q: plainString("The query", "Add a search query in q, such as a pasted error message.")
    .trim()
    .min(1, "The query is empty: paste an error message or type a few words.")
    .max(
      MAX_QUERY_LENGTH,
      `The query is longer than ${MAX_QUERY_LENGTH} characters: paste only the error lines, not the whole log.`,
    ),
  type: z.enum(SEARCH_TYPES, { error: `type must be one of: ${SEARCH_TYPES.join(", ")}.` }).optional(),
  category: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "category must be a category slug such as rate-limiting-problems.")
    .optional(),
  status: z.enum(["open", "mitigated", "fixed"], { error: "status must be open, mitigated or fixed." }).optional(),
  revision: z
    .enum(PROTOCOL_REVISIONS, {
      error: `revision must be an MCP protocol revision: ${PROTOCOL_REVISIONS.join(", ")}.`,
    })
    .optional()
    .describe("Only what holds for this protocol revision (documents that name no revision are kept)."),
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int("limit must be a whole number.")
    .min(1, "limit must be at least 1.")
    .max(MAX_RESULTS, `limit must be at most ${MAX_RESULTS}.`)
    .default(20),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** The filters results can be narrowed by; each has a facet counting what the other filters leave. */
export const FACET_KEYS = ["type", "category", "status", "revision"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
export type SearchFacetCounts = Record<FacetKey, Record<string, number>>;
