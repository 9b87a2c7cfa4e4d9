import type { ContributionKind, ContributionStatus } from "@/lib/db/generated/enums";

// Kinds as people see them: URL slug, label and one line on what belongs there. Kept free of zod and
// Prisma's runtime so the form can import it in the browser.

export const CONTRIBUTION_KINDS = {
  DIAGNOSTIC_TECHNIQUE: {
    slug: "diagnostic-technique",
    label: "Diagnostic technique",
    hint: "A way to find out what is wrong: the steps, and what they reveal.",
  },
  RESOLUTION_PROCEDURE: {
    slug: "resolution-procedure",
    label: "Resolution procedure",
    hint: "An ordered fix for a known cause, with a way to verify it worked.",
  },
  COMMON_SOLUTION: {
    slug: "common-solution",
    label: "Common solution",
    hint: "A problem many teams hit and the answer that usually works.",
  },
  DIAGNOSTIC_TOOL: {
    slug: "diagnostic-tool",
    label: "Diagnostic tool",
    hint: "A tool that checks MCP security: what it checks, how to install and run it.",
  },
  KNOWN_ISSUE: {
    slug: "known-issue",
    label: "Known issue",
    hint: "A failure with the exact error people see, its cause and fix. Joins the known issues once approved.",
  },
  RUNBOOK_CHANGE: {
    slug: "runbook-change",
    label: "Runbook change",
    hint: "A better question, a missing branch or a fixed step: edits the runbook itself once approved.",
  },
} as const satisfies Record<ContributionKind, { slug: string; label: string; hint: string }>;

export type { ContributionKind, ContributionStatus };

export const KIND_ORDER = Object.keys(CONTRIBUTION_KINDS) as ContributionKind[];

export function kindFromSlug(slug: string): ContributionKind | undefined {
  return KIND_ORDER.find((kind) => CONTRIBUTION_KINDS[kind].slug === slug);
}

/** Size limits, shared by the form's counters and the schemas. */
export const LIMITS = {
  title: { min: 8, max: 120 },
  body: { min: 40, max: 20_000 },
  links: 20,
  listItems: 20,
  listItem: 500,
  text: 2_000,
  runbookNodes: 5,
} as const;

/**
 * The description's limit by kind, for the form's counter. A known issue's description becomes the known
 * issue's `symptoms`, so its limit is the known-issue file schema's (schemas.ts derives it from there; a
 * test keeps this copy, which the browser can load without zod, equal to it).
 */
export function bodyMaxLength(kind: ContributionKind): number {
  return kind === "KNOWN_ISSUE" ? 3_000 : LIMITS.body.max;
}
