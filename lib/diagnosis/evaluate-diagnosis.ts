import type { Database } from "@/lib/db/create-client";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import { runSearch } from "@/lib/search/run-search";
import { isCrossLink } from "@/lib/runbooks/cross-links";
import type { RunbookDefinition } from "@/lib/runbooks/schemas";
import type { CompiledSignal } from "@/lib/signals/match-signals";

import { getDiagnosisModel } from "./diagnosis-model";
import type { EvalCase } from "./eval-set-schema";

interface Recall {
  cases: number;
  recallAt1: number;
  recallAt3: number;
  recallAt5: number;
  /** Of the cases that name a step: the diagnosis starts exactly there. */
  stepAt1: number;
  /**
   * Of the cases that name a step: the diagnosis starts there or one answer before it (its step has an answer
   * leading to the named one). Reported beside stepAt1, never instead: a label one step further on the same path
   * ("the token expired" read as "check the refresh token") is a disagreement about where to start, not a wrong path.
   */
  stepWithinOneAnswer: number;
}

export interface EvalReport {
  overall: Recall;
  byCategory: Record<string, Recall>;
  byKind: Record<string, Recall>;
  misses: { id: string; expected: string; got: string[]; text: string }[];
  /** Cases in the right category whose diagnosis starts at another step: where a runbook branch or a signal is missing. */
  stepMisses: { id: string; expected: string; got: string }[];
}

interface Outcome {
  rank: number;
  stepHit: boolean | null;
  stepNear: boolean | null;
  step: string | null;
}

/** "<runbook>/<node>" → the steps its answers lead to. */
export function answerTargets(runbooks: { slug: string; definition: RunbookDefinition }[]): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  for (const { slug, definition } of runbooks) {
    for (const node of definition.nodes) {
      const answers = "answers" in node ? node.answers : [];
      targets.set(
        `${slug}/${node.id}`,
        new Set(answers.map((answer) => (isCrossLink(answer.next) ? answer.next : `${slug}/${answer.next}`))),
      );
    }
  }
  return targets;
}

/** Runs every case through the same search and diagnosis the portal serves. */
export async function evaluateDiagnosis(
  db: Database,
  cases: EvalCase[],
  signals: CompiledSignal[],
): Promise<EvalReport> {
  const outcomes: { item: EvalCase; outcome: Outcome; ranking: string[] }[] = [];
  // A diagnosis starts where a cause is confirmed, never at its fix (diagnosis-model.ts, entrySteps): a case that
  // names a resolution is hit by the step that leads to it, as the model the searches use maps it.
  const { entryStep: entry } = await getDiagnosisModel(db, signals);
  const runbooks = await db.runbook.findMany({ select: { slug: true, definition: true } });
  const leadsTo = answerTargets(
    runbooks.map((r) => ({ slug: r.slug, definition: r.definition as unknown as RunbookDefinition })),
  );
  for (const item of cases) {
    const { diagnosis } = await runSearch(db, { q: item.text.slice(0, MAX_QUERY_LENGTH), limit: 5 }, signals);
    const ranking = diagnosis?.ranking ?? [];
    const accepted = new Set([item.category, ...item.alsoAcceptable]);
    const rank = ranking.findIndex((slug) => accepted.has(slug));
    const stepHit = item.step ? diagnosis?.step?.ref === (entry.get(item.step) ?? item.step) : null;
    const step = diagnosis?.step?.ref ?? null;
    const expected = item.step ? [item.step, entry.get(item.step) ?? item.step] : [];
    const stepNear =
      item.step === undefined
        ? null
        : stepHit === true || (step !== null && expected.some((ref) => leadsTo.get(step)?.has(ref)));
    outcomes.push({ item, outcome: { rank: rank < 0 ? Infinity : rank, stepHit, stepNear, step }, ranking });
  }
  const summarize = (list: typeof outcomes): Recall => {
    const at = (k: number) => list.filter((o) => o.outcome.rank < k).length / Math.max(1, list.length);
    const withStep = list.filter((o) => o.outcome.stepHit !== null);
    return {
      cases: list.length,
      recallAt1: at(1),
      recallAt3: at(3),
      recallAt5: at(5),
      stepAt1: withStep.filter((o) => o.outcome.stepHit).length / Math.max(1, withStep.length),
      stepWithinOneAnswer: withStep.filter((o) => o.outcome.stepNear).length / Math.max(1, withStep.length),
    };
  };
  const groupBy = (key: (o: (typeof outcomes)[number]) => string) => {
    const groups = new Map<string, typeof outcomes>();
    for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
    return Object.fromEntries(
      [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, summarize(list)]),
    );
  };
  return {
    overall: summarize(outcomes),
    byCategory: groupBy((o) => o.item.category),
    byKind: groupBy((o) => o.item.kind),
    misses: outcomes
      .filter((o) => o.outcome.rank > 0)
      .map((o) => ({
        id: o.item.id,
        expected: o.item.category,
        got: o.ranking.slice(0, 3),
        text: o.item.text.replace(/\s+/g, " ").slice(0, 100),
      })),
    stepMisses: outcomes
      .filter((o) => o.outcome.rank === 0 && o.outcome.stepHit === false)
      .map((o) => ({ id: o.item.id, expected: o.item.step!, got: o.outcome.step ?? "no step" })),
  };
}

const pct = (value: number) => value.toFixed(2).padStart(5);

export function formatReport(report: EvalReport, file: string): string {
  const row = (name: string, r: Recall) =>
    `${name.padEnd(36)} ${String(r.cases).padStart(4)}  ${pct(r.recallAt1)}  ${pct(r.recallAt3)}  ${pct(r.recallAt5)}  ${pct(r.stepAt1)}  ${pct(r.stepWithinOneAnswer)}`;
  const header = `${"".padEnd(36)} ${"n".padStart(4)}  ${"R@1".padStart(5)}  ${"R@3".padStart(5)}  ${"R@5".padStart(5)}  ${"step".padStart(5)}  ${"near".padStart(5)}`;
  return [
    `eval:diagnosis on ${file}`,
    header,
    ...Object.entries(report.byCategory).map(([name, r]) => row(name, r)),
    ...Object.entries(report.byKind).map(([name, r]) => row(`(${name})`, r)),
    row("overall", report.overall),
    "",
    `Misses at rank 1 (${report.misses.length}):`,
    ...report.misses.map((m) => `  ${m.id}: expected ${m.expected}, got ${m.got.join(" > ") || "nothing"} — ${m.text}`),
    "",
    `Right category, another first step (${report.stepMisses.length}):`,
    ...report.stepMisses.map((m) => `  ${m.id}: expected ${m.expected}, got ${m.got}`),
  ].join("\n");
}
