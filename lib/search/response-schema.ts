import { z } from "zod";

import { diagnosisSchema } from "@/lib/diagnosis/schemas";

import type { SearchResult } from "./run-search";
import { SEARCH_TYPES, searchQuerySchema, type FacetKey } from "./schemas";

/** What GET /api/search answers: the parsed query and the search result. Documented in /api/openapi.json. */
export const searchHitSchema = z.object({
  id: z.string(),
  type: z.enum(SEARCH_TYPES),
  url: z.string().describe("Path of the page on the portal."),
  title: z.string(),
  categorySlug: z.string(),
  categoryTitle: z.string(),
  status: z.string().nullable(),
  severity: z.string().nullable(),
  revisions: z
    .array(z.string())
    .describe("MCP protocol revisions the advice holds for; empty when not revision-specific."),
  snippet: z.string().describe("Plain text; matched words are wrapped in « and »."),
  score: z.number(),
  reasons: z.array(z.string()),
});

const counts = z.record(z.string(), z.number().int());

export const searchResultSchema = z.object({
  diagnosis: diagnosisSchema.nullable(),
  hits: z.array(searchHitSchema),
  suggestedCategories: z.array(z.object({ slug: z.string(), title: z.string() })),
  total: z.number().int(),
  facets: z.object({ type: counts, category: counts, status: counts, revision: counts }) satisfies z.ZodType<
    Record<FacetKey, Record<string, number>>
  >,
  tookMs: z.number(),
});

export const searchResponseSchema = searchResultSchema.extend({ query: searchQuerySchema });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const searchResultSchemaMatchesType: Same<z.infer<typeof searchResultSchema>, SearchResult> = true;
