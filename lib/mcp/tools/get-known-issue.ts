import "server-only";

import { AppError } from "@/lib/errors";
import { findKnownIssue } from "@/lib/known-issues/find-known-issue";

import { MCP_LIMITS } from "../limits";
import { communityLine, communityText, plainLine, plainText } from "../plain-text";
import { portalUrl } from "../portal-url";
import type { KnownIssueOutput } from "../schemas";

/** One known issue in full; a community-contributed one has every text field fenced and labelled. */
export async function getKnownIssue(slug: string, origin: string): Promise<KnownIssueOutput> {
  const issue = await findKnownIssue(slug);
  if (!issue) {
    throw new AppError(
      "NOT_FOUND",
      `There is no known issue "${slug}". Use search_known_issues (or diagnose_error with the error text) to find slugs.`,
    );
  }
  const community = issue.contributionId !== null;
  const text = (value: string, max: number = MCP_LIMITS.body) =>
    community ? communityText(value, max) : plainText(value, max);
  const line = (value: string) =>
    community ? communityLine(value, MCP_LIMITS.line) : plainLine(value, MCP_LIMITS.line);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    slug: issue.slug,
    title: line(issue.title),
    url: portalUrl(origin, `/known-issues/${issue.slug}`),
    source: community ? "community" : "portal",
    category: {
      slug: issue.category.slug,
      title: plainLine(issue.category.title),
      url: portalUrl(origin, `/categories/${issue.category.slug}`),
    },
    severity: issue.severity.toLowerCase(),
    status: issue.status.toLowerCase(),
    firstSeen: day(issue.firstSeen),
    lastUpdated: day(issue.lastUpdated),
    errorSignatures: issue.errorSignatures.slice(0, MCP_LIMITS.list).map(line),
    symptoms: text(issue.symptoms),
    rootCause: text(issue.rootCause),
    resolution: issue.resolution.slice(0, MCP_LIMITS.list).map((step) => text(step, 2000)),
    workaround: issue.workaround ? text(issue.workaround, 2000) : null,
    components: issue.components.slice(0, MCP_LIMITS.list).map((c) => ({
      kind: c.kind,
      name: plainLine(c.name),
      ...(c.versions ? { versions: plainLine(c.versions) } : {}),
    })),
    references: issue.references.slice(0, MCP_LIMITS.list).map((r) => ({ title: plainLine(r.title), url: r.url })),
    advisories: issue.advisories,
    runbookSteps: issue.runbookSteps.map((step) => ({
      title: plainLine(step.title),
      url: portalUrl(origin, step.href),
    })),
  };
}
