import "server-only";

import { contributionsForRunbook } from "@/lib/contributions/contributions-for-runbook";
import { knownIssuesForRunbook } from "@/lib/known-issues/known-issues-for-runbook";

/** What each step of a runbook links to beside its own text: the known issues it resolves, published contributions. */
export async function stepLinksForRunbook(slug: string) {
  const [knownIssues, contributions] = await Promise.all([knownIssuesForRunbook(slug), contributionsForRunbook(slug)]);
  return { knownIssues, contributions };
}

export type StepLinks = Awaited<ReturnType<typeof stepLinksForRunbook>>;
