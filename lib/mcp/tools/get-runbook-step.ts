import "server-only";

import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import type { RunbookNode } from "@/lib/runbooks/schemas";
import { stepHref } from "@/lib/runbooks/urls";
import { answersOfTrail, resolveWalk, type AnswerMap } from "@/lib/runbooks/walk";

import { MCP_LIMITS } from "../limits";
import { communityLine, plainLine, plainText } from "../plain-text";
import { portalUrl } from "../portal-url";
import type { RunbookStepOutput } from "../schemas";

/**
 * One runbook step as the page shows it, reached by replaying the answers from the first step: its
 * Markdown, commands, answers (each with the URL of the step it leads to) and the links beside it.
 */
export async function getRunbookStep(
  input: { runbook: string; step?: string; answers?: AnswerMap },
  origin: string,
): Promise<RunbookStepOutput> {
  const runbook = await findRunbook(input.runbook);
  if (!runbook) {
    throw new AppError(
      "NOT_FOUND",
      `There is no runbook "${input.runbook}". Runbook slugs are category slugs: diagnose_error names one, and the runbook resources list them all.`,
    );
  }
  const { definition, slug, version } = runbook;
  const walk = resolveWalk(definition, input.step ?? null, input.answers ?? {});
  const node = walk.current;
  const route = answersOfTrail(walk.trail);
  const url = (nodeId: string, answers: [string, string][]) => portalUrl(origin, stepHref(slug, nodeId, answers, null));
  const linked = await linkedToStep(slug, node.id, origin);
  return {
    runbook: { slug, title: plainLine(runbook.title), version, url: portalUrl(origin, `/runbooks/${slug}`) },
    step: stepContent(node),
    url: url(node.id, route),
    answers: answersOf(node).map((answer) => ({
      id: answer.id,
      label: plainLine(answer.label),
      next: answer.next,
      url: url(answer.next, [...route, [node.id, answer.id]]),
    })),
    trail: walk.trail.map((step) => ({
      step: step.node.id,
      title: plainLine(step.node.title),
      answer: step.answer.id,
    })),
    notice: walk.notice,
    ...linked,
  };
}

function answersOf(node: RunbookNode) {
  return node.kind === "question" || node.kind === "diagnostic" ? node.answers : [];
}

function stepContent(node: RunbookNode): RunbookStepOutput["step"] {
  const md = (text: string) => plainText(text, MCP_LIMITS.body);
  return {
    id: node.id,
    kind: node.kind,
    title: plainLine(node.title),
    body: md(node.body),
    commands:
      node.kind === "diagnostic"
        ? node.commands.map((c) => ({
            label: plainLine(c.label),
            language: c.language,
            code: plainText(c.code, MCP_LIMITS.command),
          }))
        : [],
    expected: node.kind === "diagnostic" ? md(node.expected) : null,
    steps: node.kind === "resolution" ? node.steps.map(md) : [],
    verify: node.kind === "resolution" ? md(node.verify) : null,
    collect: node.kind === "escalation" ? node.collect.map((item) => plainText(item, 500)) : [],
    references: node.references.map((r) => ({ title: plainLine(r.title), url: r.url })),
  };
}

/** The known issues this step resolves and the approved community contributions attached to it. */
async function linkedToStep(slug: string, nodeId: string, origin: string) {
  const db = await getDb();
  const ref = `${slug}/${nodeId}`;
  const [issues, contributions] = await Promise.all([
    db.knownIssue.findMany({
      where: { runbookNodes: { has: ref } },
      select: { slug: true, title: true, contributionId: true },
      orderBy: { title: "asc" },
      take: MCP_LIMITS.list,
    }),
    db.contribution.findMany({
      where: { publishedRevision: { not: null }, runbookNodes: { has: ref } },
      select: { id: true, title: true },
      orderBy: { title: "asc" },
      take: MCP_LIMITS.list,
    }),
  ]);
  return {
    knownIssues: issues.map((issue) => ({
      title: issue.contributionId ? communityLine(issue.title) : plainLine(issue.title),
      url: portalUrl(origin, `/known-issues/${issue.slug}`),
      source: issue.contributionId ? ("community" as const) : ("portal" as const),
    })),
    communityContributions: contributions.map((c) => ({
      title: communityLine(c.title),
      url: portalUrl(origin, `/contributions/${c.id}`),
      source: "community" as const,
    })),
  };
}
