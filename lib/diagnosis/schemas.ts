import { z } from "zod";

import type { Diagnosis } from "./diagnose";

// The diagnosis as it leaves the portal: in /api/search (documented in /api/openapi.json) and from the
// MCP server's diagnose_error. URLs are paths in the search API and absolute from the MCP server.

const link = z.object({ title: z.string(), url: z.string() });

export const diagnosisCandidateSchema = z.object({
  category: link.extend({ slug: z.string() }),
  step: link.extend({ ref: z.string().describe('"<runbook slug>/<node id>"') }).nullable(),
  confidence: z.number().min(0).max(1).describe("Share of the evidence for this category, 0–1."),
});

export const diagnosisSchema = diagnosisCandidateSchema
  .extend({
    level: z.enum(["high", "medium", "low"]),
    signals: z
      .array(z.object({ id: z.string(), matched: z.string(), explanation: z.string(), source: z.string() }))
      .describe("The recognised error tokens and messages that pointed here."),
    matches: z.array(link).describe("The known issues and runbook steps that matched in this category."),
    alternatives: z.array(diagnosisCandidateSchema),
    ranking: z.array(z.string()).describe("Every category with any evidence, best first."),
  })
  .describe("The likeliest category and runbook step for the query, with why.");

// The schema and the type the code builds must not drift: each must be assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const diagnosisSchemaMatchesType: Same<z.infer<typeof diagnosisSchema>, Diagnosis> = true;
