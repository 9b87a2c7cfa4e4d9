"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";

import { crossLinkOf } from "@/lib/runbooks/cross-links";
import type { OutcomeStats } from "@/lib/runbooks/outcome-stats-types";
import type { NodeKind } from "@/lib/runbooks/schemas";
import type { StepContentsRequest, StepContentsResult } from "@/lib/runbooks/step-contents-schema";
import { stepsToKeepReady } from "@/lib/runbooks/steps-within-reach";
import { stepHref } from "@/lib/runbooks/urls";
import { answersOfTrail } from "@/lib/runbooks/walk";
import { withWalkableNodes, type WalkableNode, type WalkGraph } from "@/lib/runbooks/walk-graph";
import { answersOf } from "@/lib/runbooks/validate-graph";

import { AwaitedStep } from "./awaited-step";
import { OutcomeForm } from "./outcome-form";
import { RunbookTrail } from "./runbook-trail";
import { StepAnswers } from "./step-answers";
import { StepContentPending } from "./step-content-pending";
import { StepHeader } from "./step-header";
import { TranscriptActions } from "./transcript-actions";
import { onPlainClick, useStepNavigation } from "./use-step-navigation";
import { useRunbookKeyboard } from "./use-runbook-keyboard";
import { useStepContents } from "./use-step-contents";

interface Props {
  slug: string;
  title: string;
  categoryTitle: string;
  version: number;
  /** The steps around the one shown and the steps walked; the others arrive with their content. */
  graph: WalkGraph;
  /** The content of the step shown and of the steps its answers lead to, rendered on the server. */
  contents: Record<string, ReactNode>;
  /** Asks the server for other steps' content as the walk reaches them. */
  loadContents: (request: StepContentsRequest) => Promise<StepContentsResult>;
  /** The step's public URL, as the server read it (the page itself is served from an internal path). */
  initialUrl: string;
  /** True when initialUrl is the shortest route to a step whose URL named no answers: it replaces that URL. */
  showsRoute: boolean;
  stats: Record<string, OutcomeStats>;
  minOutcomes: number;
  discussionUrl: string;
  outcomeResult: { outcome: string; retry: number } | null;
}

const KIND_LABEL: Record<NodeKind, string> = {
  question: "Question",
  diagnostic: "Diagnostic",
  resolution: "Resolution",
  escalation: "Escalation",
};

export function RunbookWalker(props: Props) {
  const { slug, title, categoryTitle, version } = props;
  const [graph, setGraph] = useState(props.graph);
  const addNodes = useCallback((nodes: WalkableNode[]) => setGraph((held) => withWalkableNodes(held, nodes)), []);
  const { walk, navigate, linkVersion } = useStepNavigation(graph, props.initialUrl, props.showsRoute);
  const { trail, current, notice, awaiting } = walk;
  const { contents, failed } = useStepContents({
    slug,
    version,
    initial: props.contents,
    wanted: stepsToKeepReady(walk, graph.root),
    load: props.loadContents,
    onNodes: addNodes,
  });
  const answers = answersOfTrail(trail);
  // An answer into another runbook opens its step there; that page finds the route to it. None while the step
  // answered to has not arrived: the keys must not answer the step before it.
  const answerHrefs = (awaiting ? [] : answersOf(current)).map((answer) => {
    const link = crossLinkOf(answer.next);
    return link
      ? stepHref(link.runbook, link.node, [], null)
      : stepHref(slug, answer.next, [...answers, [current.id, answer.id]], version);
  });
  const restartHref = stepHref(slug, null, [], version);
  const currentHref = stepHref(slug, current.id, answers, version);
  const query = currentHref.slice(currentHref.indexOf("?"));
  const shownTrail = awaiting ? [...trail, { node: current, answer: awaiting }] : trail;
  useRunbookKeyboard({ answerHrefs, canGoBack: shownTrail.length > 0, restartHref, navigate });

  // After the step shown changes (not on first load), move focus to its heading so screen readers announce it:
  // an awaited step's placeholder, then the step itself when it arrives.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownKey = awaiting ? `awaiting ${awaiting.next}` : current.id;
  const shownStep = useRef(shownKey);
  useEffect(() => {
    if (shownStep.current !== shownKey) headingRef.current?.focus();
    shownStep.current = shownKey;
  }, [shownKey]);

  const versionNote =
    !notice && linkVersion !== null && linkVersion !== version
      ? `This link was made for version ${linkVersion} of the runbook; you are seeing version ${version}.`
      : null;

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0 space-y-6">
        <header className="space-y-1">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Runbook · {categoryTitle} · version {version}
          </p>
          <h1 className="text-2xl font-bold text-slate-900 dark:text-white">{title}</h1>
        </header>
        {notice || versionNote ? (
          <p
            role="status"
            className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          >
            {notice ?? versionNote}
          </p>
        ) : null}
        {awaiting ? (
          <AwaitedStep
            headingRef={headingRef}
            number={shownTrail.length + 1}
            failed={failed.has(awaiting.next)}
            href={stepHref(slug, awaiting.next, [...answers, [current.id, awaiting.id]], version)}
          />
        ) : (
          <article aria-labelledby="step-heading" className="space-y-6">
            <StepHeader
              eyebrow={`Step ${trail.length + 1} · ${KIND_LABEL[current.kind]}`}
              title={current.title}
              headingRef={headingRef}
            />
            {contents[current.id] ?? <StepContentPending failed={failed.has(current.id)} href={currentHref} />}
            {answerHrefs.length > 0 && current.kind !== "resolution" ? (
              <StepAnswers
                question={current.kind === "diagnostic" ? "What did you see?" : "Choose the answer that fits"}
                answers={answersOf(current)}
                hrefs={answerHrefs}
                navigate={navigate}
              />
            ) : null}
            {current.kind === "resolution" ? (
              <OutcomeForm
                // Not the bare node id: the step's content beside it already uses that key, and two siblings with
                // one key left the resolution's content on screen after moving to another step.
                key={`outcome-${current.id}`}
                slug={slug}
                nodeId={current.id}
                version={version}
                returnTo={currentHref}
                stats={props.stats[current.id]}
                minOutcomes={props.minOutcomes}
                discussionUrl={props.discussionUrl}
                initialResult={props.outcomeResult}
              />
            ) : null}
            {answerHrefs.length > 0 && current.kind === "resolution" ? (
              // Rule 5 of issue 15: a fix that did not help leads on to the next check, never to a dead end.
              <StepAnswers
                question="Did not help?"
                answers={answersOf(current)}
                hrefs={answerHrefs}
                navigate={navigate}
              />
            ) : null}
            {current.kind === "escalation" ? (
              <p>
                <a
                  href={props.discussionUrl}
                  rel="noreferrer"
                  className="font-medium text-sky-700 underline dark:text-sky-400"
                >
                  Ask in the community discussion
                </a>{" "}
                with your transcript attached.
              </p>
            ) : null}
          </article>
        )}
      </div>
      <aside className="space-y-4" aria-label="Runbook tools">
        <RunbookTrail slug={slug} version={version} trail={shownTrail} navigate={navigate} />
        <div className="space-y-3 rounded-xl border border-slate-200 p-4 text-sm dark:border-slate-800">
          <p className="flex flex-wrap gap-3">
            {shownTrail.length > 0 ? (
              <a
                href={restartHref}
                onClick={onPlainClick(navigate)}
                className="text-sky-700 underline dark:text-sky-400"
              >
                Restart
              </a>
            ) : null}
            <a
              href={`/runbooks/${slug}/flowchart${query}&node=${current.id}`}
              className="text-sky-700 underline dark:text-sky-400"
            >
              View flowchart
            </a>
          </p>
          <TranscriptActions downloadHref={`/runbooks/${slug}/transcript${query}&node=${current.id}`} />
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Keys: <kbd>1</kbd>–<kbd>8</kbd> answer, <kbd>Backspace</kbd> back, <kbd>r</kbd> restart.
          </p>
        </div>
      </aside>
    </div>
  );
}
