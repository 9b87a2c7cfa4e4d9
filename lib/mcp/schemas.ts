import { z } from "zod";

import { diagnosisSchema } from "@/lib/diagnosis/schemas";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";

// The MCP tools' input and output schemas: the SDK validates arguments and structured results against
// them, and publishes them to clients as JSON Schema in tools/list.

const slug = (what: string, example: string) =>
  z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, `${what} is a lowercase slug such as ${example}.`)
    .describe(`${what}, e.g. "${example}".`);

export const categorySlug = slug("A category slug", "token-expiration-issues");

export const diagnoseErrorInput = z.object({
  error: z
    .string()
    .min(1, "Pass the error text: the message, log lines or HTTP response the agent saw.")
    .max(
      MAX_QUERY_LENGTH,
      `Pass at most ${MAX_QUERY_LENGTH} characters: the lines around the error, not the whole log.`,
    )
    .describe(
      "The error exactly as seen: an exception message, log lines, an HTTP status and body, or a short description of the symptom. Multi-line logs are fine; secrets such as tokens are removed before matching but should not be sent.",
    ),
});

export const getRunbookStepInput = z.object({
  runbook: slug("The runbook slug (the category slug)", "token-expiration-issues"),
  step: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, "step is a node id such as check-token-expiry.")
    .optional()
    .describe("The step (node id) to show; omit for the runbook's first step. Diagnosis results name one."),
  answers: z
    .record(
      z.string().regex(/^[a-z0-9-]{1,60}$/, "answer keys are step ids."),
      z.string().regex(/^[a-z0-9-]{1,60}$/, "answer values are answer ids."),
    )
    .refine((answers) => Object.keys(answers).length <= 50, "Pass at most 50 answers.")
    .optional()
    .describe(
      'Answers given so far, step id → answer id, e.g. {"is-token-expired":"yes"}. Each step lists its answers and the step each leads to.',
    ),
});

export const searchKnownIssuesInput = z.object({
  query: z
    .string()
    .trim()
    .min(1)
    .max(MAX_QUERY_LENGTH)
    .optional()
    .describe("Words or an error message to search for; omit to list the known issues (newest and most severe first)."),
  category: categorySlug.optional(),
  status: z.enum(["open", "mitigated", "fixed"]).optional().describe("Only issues with this status."),
  limit: z.number().int().min(1).max(20).default(10).describe("How many issues to return, 1–20 (default 10)."),
});

export const getKnownIssueInput = z.object({
  slug: slug("The known issue's slug", "entra-id-rejects-resource-parameter"),
});

const link = z.object({ title: z.string(), url: z.url() });
const source = z
  .enum(["portal", "community"])
  .describe("portal: curated by the portal's maintainers. community: contributed by a user, approved by a moderator.");

export const knownIssueSummary = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.url(),
  category: z.string(),
  severity: z.string().nullable(),
  status: z.string().nullable(),
  source,
  excerpt: z.string().optional(),
});

export const diagnoseErrorOutput = z.object({
  diagnosis: diagnosisSchema.nullable(),
  knownIssues: z.array(knownIssueSummary),
  suggestedCategories: z.array(z.object({ slug: z.string(), title: z.string() })),
  searchUrl: z.url(),
});

export const searchKnownIssuesOutput = z.object({
  issues: z.array(knownIssueSummary),
  total: z.number().int(),
  searchUrl: z.url(),
});

export const knownIssueOutput = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.url(),
  source,
  category: link.extend({ slug: z.string() }),
  severity: z.string(),
  status: z.string(),
  firstSeen: z.string(),
  lastUpdated: z.string(),
  errorSignatures: z.array(z.string()),
  symptoms: z.string(),
  rootCause: z.string(),
  resolution: z.array(z.string()),
  workaround: z.string().nullable(),
  components: z.array(z.object({ kind: z.string(), name: z.string(), versions: z.string().optional() })),
  references: z.array(z.object({ title: z.string(), url: z.string() })),
  advisories: z.array(z.string()),
  runbookSteps: z.array(link),
});

const answerOutput = z.object({ id: z.string(), label: z.string(), next: z.string(), url: z.url() });

export const runbookStepOutput = z.object({
  runbook: z.object({ slug: z.string(), title: z.string(), version: z.number().int(), url: z.url() }),
  step: z.object({
    id: z.string(),
    kind: z.enum(["question", "diagnostic", "resolution", "escalation"]),
    title: z.string(),
    body: z.string().describe("Markdown."),
    commands: z.array(z.object({ label: z.string(), language: z.string(), code: z.string() })),
    expected: z.string().nullable().describe("Markdown: what healthy and unhealthy results look like."),
    steps: z.array(z.string()).describe("Resolution steps, Markdown, in order."),
    verify: z.string().nullable(),
    collect: z.array(z.string()).describe("Escalation: what to gather before asking for help."),
    references: z.array(z.object({ title: z.string(), url: z.string() })),
  }),
  url: z.url(),
  answers: z.array(answerOutput).describe("The answers to this step; pass {[step.id]: answer.id} to follow one."),
  trail: z.array(z.object({ step: z.string(), title: z.string(), answer: z.string() })),
  notice: z.string().nullable(),
  knownIssues: z.array(link.extend({ source })),
  communityContributions: z.array(link.extend({ source })),
});

export type DiagnoseErrorOutput = z.infer<typeof diagnoseErrorOutput>;
export type KnownIssueSummary = z.infer<typeof knownIssueSummary>;
export type RunbookStepOutput = z.infer<typeof runbookStepOutput>;
export type KnownIssueOutput = z.infer<typeof knownIssueOutput>;
