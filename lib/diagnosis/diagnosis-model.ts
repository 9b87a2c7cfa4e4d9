import type { Database } from "@/lib/db/create-client";
import { processShared } from "@/lib/process-shared";
import type { CompiledSignal } from "@/lib/signals/match-signals";

import type { RunbookDefinition } from "@/lib/runbooks/schemas";

import { trainClassifier, type CategoryClassifier, type TrainingText } from "./category-classifier";

/** How often a server asks whether the content changed (one index lookup); it retrains only if so. */
const CHECK_EVERY_MS = 30_000;
/** Known issues and contributions the classifier learns from, at most (see refresh). */
const MAX_TRAINING_RESULTS = 1000;
const TYPE_WEIGHT: Record<string, number> = { CATEGORY: 3, KNOWN_ISSUE: 1.5, RUNBOOK_NODE: 1, CONTRIBUTION: 1 };
const NODE_PREFIX = "runbook-node:";
const KNOWN_ISSUE_PREFIX = "known-issue:";

interface TrainingRow {
  id: string;
  category: string;
  type: string;
  title: string;
  url: string;
  text: string;
  /** The runbook steps a known issue links to. */
  runbookNodes: string[];
}

/**
 * What a diagnosis learns from the content: the classifier, where each runbook step is best entered, and
 * the title and address of every category and step it may name (so a diagnosis needs no query of its own).
 */
export interface DiagnosisModel {
  classifier: CategoryClassifier;
  /** Per category: which of its runbook's entry steps the words point to (see stepTrainingTexts). */
  stepClassifiers: Map<string, CategoryClassifier>;
  /** "<runbook>/<node>" of a resolution or escalation → the diagnostic (or question) that leads to it. */
  entryStep: Map<string, string>;
  /** "<runbook>/<node>" of every question: a branching point, rarely where a specific failure is confirmed. */
  questionSteps: Set<string>;
  /** "category:<slug>" and "runbook-node:<runbook>/<node>" → title and URL. */
  pages: Map<string, { title: string; url: string }>;
}

interface State {
  fingerprint: string;
  model: DiagnosisModel;
  checkedAt: number;
}

// Shared with instrumentation.ts, which builds the model when the server starts (lib/search/warm-up.ts).
const states = processShared("diagnosis-model.states", () => new WeakMap<Database, State>());
const pending = processShared("diagnosis-model.pending", () => new WeakMap<Database, Promise<void>>());

/**
 * The diagnosis model of this database's content and the signals. It is rebuilt when the newest search
 * document, the document count or a runbook version changes (seed, approval, runbook change), checked
 * at most every 30 seconds; meanwhile the previous model answers, so no request waits for a rebuild.
 */
export async function getDiagnosisModel(db: Database, signals: CompiledSignal[]): Promise<DiagnosisModel> {
  const state = states.get(db);
  if (state && Date.now() - state.checkedAt < CHECK_EVERY_MS) return state.model;
  let refreshing = pending.get(db);
  if (!refreshing) {
    refreshing = refresh(db, signals).finally(() => pending.delete(db));
    pending.set(db, refreshing);
  }
  if (!state) await refreshing;
  return states.get(db)!.model;
}

async function refresh(db: Database, signals: CompiledSignal[]) {
  const [{ fingerprint }] = await db.$queryRaw<[{ fingerprint: string }]>`
    SELECT coalesce((SELECT max("updatedAt") FROM "SearchDocument")::text, '') || '/' ||
      coalesce((SELECT documents FROM "SearchLexeme" WHERE lexeme = '')::text, '') || '/' ||
      coalesce((SELECT string_agg(slug || ':' || version, ',' ORDER BY slug) FROM "Runbook"), '') AS fingerprint`;
  const state = states.get(db);
  if (state?.fingerprint === fingerprint) {
    state.checkedAt = Date.now();
    return;
  }
  const [documents, runbooks] = await Promise.all([
    // Every category and step (the diagnosis names them), and the most recently updated known issues
    // and contributions up to a bound: at 100,000 documents training on all of them took minutes, and
    // the first search waited for it; a thousand already carry every category's vocabulary.
    db.$queryRaw<TrainingRow[]>`
      SELECT t.id, t."categorySlug" AS category, t.type::text AS type, t.title, t.url,
        t.title || E'\n' || t.title || E'\n' || t.signatures || E'\n' || t.symptoms || E'\n' || left(t.body, 3000) AS text,
        coalesce(k."runbookNodes", '{}') AS "runbookNodes"
      FROM (
        SELECT * FROM "SearchDocument" WHERE type IN ('CATEGORY', 'RUNBOOK_NODE')
        UNION ALL
        (SELECT * FROM "SearchDocument" WHERE type NOT IN ('CATEGORY', 'RUNBOOK_NODE')
          ORDER BY "updatedAt" DESC, id LIMIT ${MAX_TRAINING_RESULTS})
      ) AS t
      LEFT JOIN "KnownIssue" k ON t.type = 'KNOWN_ISSUE' AND k.slug = substr(t.id, ${KNOWN_ISSUE_PREFIX.length + 1})`,
    db.runbook.findMany({ select: { slug: true, definition: true } }),
  ]);
  const definitions = runbooks.map((r) => ({ slug: r.slug, definition: r.definition as unknown as RunbookDefinition }));
  const entryStep = entrySteps(definitions);
  const model = {
    classifier: trainClassifier(trainingTexts(documents, signals)),
    stepClassifiers: trainStepClassifiers(stepTrainingTexts(documents, signals, entryStep)),
    pages: new Map(
      documents
        .filter((d) => d.type === "CATEGORY" || d.type === "RUNBOOK_NODE")
        .map((d) => [d.id, { title: d.title, url: d.url }]),
    ),
    entryStep,
    questionSteps: new Set(
      definitions.flatMap(({ slug, definition }) =>
        definition.nodes.filter((node) => node.kind === "question").map((node) => `${slug}/${node.id}`),
      ),
    ),
  };
  states.set(db, { fingerprint, model, checkedAt: Date.now() });
}

/**
 * A diagnosis starts where the cause is confirmed, not at its fix: each resolution or escalation is
 * entered through the diagnostic step (else the question) whose answer leads to it.
 */
export function entrySteps(runbooks: { slug: string; definition: RunbookDefinition }[]): Map<string, string> {
  const entry = new Map<string, string>();
  for (const { slug, definition } of runbooks) {
    const leadsTo = new Map<string, { id: string; kind: string }[]>();
    for (const node of definition.nodes) {
      if (node.kind !== "question" && node.kind !== "diagnostic") continue;
      for (const answer of node.answers) leadsTo.set(answer.next, [...(leadsTo.get(answer.next) ?? []), node]);
    }
    for (const node of definition.nodes) {
      if (node.kind === "question" || node.kind === "diagnostic") continue;
      const from = leadsTo.get(node.id) ?? [];
      const best = mostAnswersInto(from.filter((n) => n.kind === "diagnostic")) ?? from[0];
      if (best) entry.set(`${slug}/${node.id}`, `${slug}/${best.id}`);
    }
  }
  return entry;
}

/**
 * The node, of those listed once per answer into a fix, with the most answers into it: a diagnostic that reaches a
 * fix by several findings is the one that confirms its cause (the first one listed on a tie).
 */
function mostAnswersInto<T extends { id: string }>(from: T[]): T | undefined {
  const count = (node: T) => from.filter((n) => n.id === node.id).length;
  return from.reduce<T | undefined>(
    (best, node) => (best === undefined || count(node) > count(best) ? node : best),
    undefined,
  );
}

const signalText = ({ signal }: CompiledSignal) =>
  [...signal.phrases, signal.explanation, ...signal.examples].join("\n");

function trainingTexts(rows: TrainingRow[], signals: CompiledSignal[]): TrainingText[] {
  return [
    ...rows.map((row) => ({ label: row.category, text: row.text, weight: TYPE_WEIGHT[row.type] ?? 1 })),
    ...signals.map((compiled) => ({ label: compiled.signal.categories[0]!, text: signalText(compiled), weight: 1 })),
  ];
}

/**
 * What each entry step is about: its own text, the known issues that link to it (or to a fix it leads to) and the
 * signals that start there. Evidence names a step only when a search result or a signal points at it; without
 * this, a symptom described in other words started at the runbook's first question, or at whichever generic step
 * shared its words ("when does it fail?" for every token problem).
 */
export function stepTrainingTexts(
  rows: TrainingRow[],
  signals: CompiledSignal[],
  entryStep: Map<string, string>,
): { category: string; texts: TrainingText[] }[] {
  const entry = (ref: string) => entryStep.get(ref) ?? ref;
  const texts: { category: string; text: TrainingText }[] = [];
  const add = (ref: string, text: string, weight: number) =>
    texts.push({ category: ref.split("/")[0]!, text: { label: entry(ref), text, weight } });
  for (const row of rows) {
    if (row.type === "RUNBOOK_NODE") add(row.id.slice(NODE_PREFIX.length), row.text, 1);
    // A known issue linked to several steps says a little about each.
    for (const ref of row.runbookNodes) add(ref, row.text, 1 / row.runbookNodes.length);
  }
  for (const compiled of signals) if (compiled.signal.steps[0]) add(compiled.signal.steps[0], signalText(compiled), 1);
  const byCategory = new Map<string, TrainingText[]>();
  for (const { category, text } of texts) {
    const list = byCategory.get(category);
    if (list) list.push(text);
    else byCategory.set(category, [text]);
  }
  return [...byCategory].map(([category, list]) => ({ category, texts: list }));
}

function trainStepClassifiers(perCategory: { category: string; texts: TrainingText[] }[]) {
  return new Map(perCategory.map(({ category, texts }) => [category, trainClassifier(texts)]));
}
