import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { renderStepContents } from "@/components/runbooks/render-step-contents";
import { RunbookWalker } from "@/components/runbooks/runbook-walker";
import { loadForCachedPage } from "@/lib/page-cache/page-path";
import { getEnv } from "@/lib/env";
import { publicStepPath, stepFromSegments, type CachedStep } from "@/lib/runbooks/cached-step-path";
import { findRunbook } from "@/lib/runbooks/find-runbook";
import { MIN_OUTCOMES_FOR_RATE, outcomeStats } from "@/lib/runbooks/outcome-stats";
import { shortestRoute } from "@/lib/runbooks/shortest-route";
import { stepLinksForRunbook } from "@/lib/runbooks/step-links";
import { stepsToKeepReady, stepsWithinReach } from "@/lib/runbooks/steps-within-reach";
import { answersFromSearchParams, stepHref } from "@/lib/runbooks/urls";
import { resolveWalk } from "@/lib/runbooks/walk";
import { toWalkGraph } from "@/lib/runbooks/walk-graph";

import { runbookStepContentsAction } from "./actions";

type Props = { params: Promise<{ slug: string; step?: string[] }> };

// Cached (lib/page-cache): a step URL without answers at its own path, one with answers from its internal form
// (lib/runbooks/cached-step-path.ts), rendered on its first request and kept until the content changes. Outcome rates come with the page, so it
// is also rendered again a minute after it was made (the page says so).
export const revalidate = 60;

export async function generateStaticParams() {
  return [];
}

/** The runbook and the step its URL names, read as a cached page reads (lib/page-cache/page-path.ts). */
async function loadStep(params: Props["params"]) {
  const { slug, step } = await params;
  const named = stepFromSegments(step);
  if (!named) return null;
  const runbook = await loadForCachedPage(publicStepPath(slug, named), () => findRunbook(slug));
  return runbook && { runbook, named };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadStep(params);
  return loaded ? { title: loaded.runbook.title } : {};
}

/**
 * The step's content and that of the steps its answers lead to are rendered here, on the server, so the next
 * click shows its step at once; the walker holds those steps and the ones walked, and asks for the others as the
 * walk reaches them (./actions.ts).
 */
export default async function RunbookStepPage({ params }: Props) {
  const loaded = await loadStep(params);
  if (!loaded) notFound();
  const { runbook, named } = loaded;
  // A link from another runbook (or anywhere) names a step without the answers that lead to it: the page shows
  // the shortest route from the root, so the trail says how this runbook reaches the step, and the walker puts
  // that route in the address bar. Not a redirect: Next.js 16.4 sends a cached page's redirect with its Location
  // header twice, which clients that join repeated headers (fetch) follow to a broken URL.
  const namedAnswers = answersFromSearchParams(named.query);
  const route =
    named.nodeId && named.nodeId !== runbook.definition.root && Object.keys(namedAnswers).length === 0
      ? shortestRoute(runbook.definition, named.nodeId)
      : [];
  const url =
    route.length > 0 ? stepHref(runbook.slug, named.nodeId!, route, null) : publicStepPath(runbook.slug, named);
  const { links, stats } = await loadForCachedPage(publicStepPath(runbook.slug, named), async () => {
    const [links, stats] = await Promise.all([stepLinksForRunbook(runbook.slug), outcomeStats(runbook.id)]);
    return { links, stats };
  });
  const answers = route.length > 0 ? Object.fromEntries(route) : namedAnswers;
  const walk = resolveWalk(runbook.definition, named.nodeId, answers);
  const contents = renderStepContents(runbook, stepsWithinReach(walk.current), links);
  return (
    <RunbookWalker
      slug={runbook.slug}
      title={runbook.title}
      categoryTitle={runbook.category.title}
      version={runbook.version}
      graph={toWalkGraph(runbook.definition, stepsToKeepReady(walk, runbook.definition.root))}
      contents={contents}
      loadContents={runbookStepContentsAction}
      initialUrl={url}
      showsRoute={route.length > 0}
      stats={stats}
      minOutcomes={MIN_OUTCOMES_FOR_RATE}
      discussionUrl={getEnv().COMMUNITY_DISCUSSION_URL}
      outcomeResult={outcomeResultOf(named)}
    />
  );
}

/** The result of a "Did this fix it?" form posted without JavaScript, carried back in the URL. */
function outcomeResultOf({ query }: CachedStep) {
  const outcome = query.get("outcome");
  return outcome === null ? null : { outcome, retry: Number(query.get("retry")) || 0 };
}
