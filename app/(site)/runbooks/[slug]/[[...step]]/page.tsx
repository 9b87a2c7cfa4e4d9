import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { NodeContent } from "@/components/runbooks/node-content";
import { RunbookWalker } from "@/components/runbooks/runbook-walker";
import { getEnv } from "@/lib/env";
import { contributionsForRunbook } from "@/lib/contributions/contributions-for-runbook";
import { knownIssuesForRunbook } from "@/lib/known-issues/known-issues-for-runbook";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import { MIN_OUTCOMES_FOR_RATE, outcomeStats } from "@/lib/runbooks/outcome-stats";
import { shortestRoute } from "@/lib/runbooks/shortest-route";
import { answersFromSearchParams, stepHref } from "@/lib/runbooks/urls";

type Props = {
  params: Promise<{ slug: string; step?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const runbook = await findRunbook((await params).slug);
  return runbook ? { title: runbook.title } : {};
}

/** Every node's content is rendered here, on the server; the walker on the client only switches between them. */
export default async function RunbookStepPage({ params, searchParams }: Props) {
  const { slug, step } = await params;
  if (step && step.length > 1) notFound();
  const runbook = await findRunbook(slug);
  if (!runbook) notFound();
  const query = await searchParams;
  // A link from another runbook (or anywhere) names a step without the answers that lead to it: take the
  // shortest route from the root, so the trail shows how this runbook reaches the step.
  const requested = step?.[0];
  if (requested && requested !== runbook.definition.root && Object.keys(answersFromSearchParams(query)).length === 0) {
    const route = shortestRoute(runbook.definition, requested);
    if (route.length > 0) redirect(stepHref(runbook.slug, requested, route, null));
  }
  const [knownIssues, contributions] = await Promise.all([
    knownIssuesForRunbook(runbook.slug),
    contributionsForRunbook(runbook.slug),
  ]);
  const contents = Object.fromEntries(
    runbook.definition.nodes.map((node) => [
      node.id,
      <NodeContent
        key={node.id}
        node={node}
        runbookSlug={runbook.slug}
        knownIssues={knownIssues[node.id]}
        contributions={contributions[node.id]}
      />,
    ]),
  );
  return (
    <RunbookWalker
      slug={runbook.slug}
      title={runbook.title}
      categoryTitle={runbook.category.title}
      version={runbook.version}
      definition={runbook.definition}
      contents={contents}
      stats={await outcomeStats(runbook.id)}
      minOutcomes={MIN_OUTCOMES_FOR_RATE}
      discussionUrl={getEnv().COMMUNITY_DISCUSSION_URL}
      outcomeResult={
        typeof query.outcome === "string" ? { outcome: query.outcome, retry: Number(query.retry) || 0 } : null
      }
    />
  );
}
