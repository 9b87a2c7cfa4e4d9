import type { Database } from "@/lib/db/create-client";
import type { CompiledSignal } from "@/lib/signals/match-signals";

import type { RunbookDefinition } from "@/lib/runbooks/schemas";

import { trainClassifier, type CategoryClassifier, type TrainingText } from "./category-classifier";

/** How often a server asks whether the content changed (one index lookup); it retrains only if so. */
const CHECK_EVERY_MS = 30_000;
/** Known issues and contributions the classifier learns from, at most (see refresh). */
const MAX_TRAINING_RESULTS = 1000;
const TYPE_WEIGHT: Record<string, number> = { CATEGORY: 3, KNOWN_ISSUE: 1.5, RUNBOOK_NODE: 1, CONTRIBUTION: 1 };

/**
 * What a diagnosis learns from the content: the classifier, where each runbook step is best entered, and
 * the title and address of every category and step it may name (so a diagnosis needs no query of its own).
 */
export interface DiagnosisModel {
  classifier: CategoryClassifier;
  /** "<runbook>/<node>" of a resolution or escalation → the diagnostic (or question) that leads to it. */
  entryStep: Map<string, string>;
  /** "category:<slug>" and "runbook-node:<runbook>/<node>" → title and URL. */
  pages: Map<string, { title: string; url: string }>;
}

interface State {
  fingerprint: string;
  model: DiagnosisModel;
  checkedAt: number;
}

const states = new WeakMap<Database, State>();
const pending = new WeakMap<Database, Promise<void>>();

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
    db.$queryRaw<{ id: string; category: string; type: string; title: string; url: string; text: string }[]>`
      SELECT id, "categorySlug" AS category, type::text AS type, title, url,
        title || E'\n' || title || E'\n' || signatures || E'\n' || symptoms || E'\n' || left(body, 3000) AS text
      FROM (
        SELECT * FROM "SearchDocument" WHERE type IN ('CATEGORY', 'RUNBOOK_NODE')
        UNION ALL
        (SELECT * FROM "SearchDocument" WHERE type NOT IN ('CATEGORY', 'RUNBOOK_NODE')
          ORDER BY "updatedAt" DESC, id LIMIT ${MAX_TRAINING_RESULTS})
      ) AS training`,
    db.runbook.findMany({ select: { slug: true, definition: true } }),
  ]);
  const model = {
    classifier: trainClassifier(trainingTexts(documents, signals)),
    pages: new Map(
      documents
        .filter((d) => d.type === "CATEGORY" || d.type === "RUNBOOK_NODE")
        .map((d) => [d.id, { title: d.title, url: d.url }]),
    ),
    entryStep: entrySteps(
      runbooks.map((r) => ({ slug: r.slug, definition: r.definition as unknown as RunbookDefinition })),
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
      const best = from.find((n) => n.kind === "diagnostic") ?? from[0];
      if (best) entry.set(`${slug}/${node.id}`, `${slug}/${best.id}`);
    }
  }
  return entry;
}

function trainingTexts(
  rows: { category: string; type: string; text: string }[],
  signals: CompiledSignal[],
): TrainingText[] {
  return [
    ...rows.map((row) => ({ category: row.category, text: row.text, weight: TYPE_WEIGHT[row.type] ?? 1 })),
    ...signals.map(({ signal }) => ({
      category: signal.categories[0]!,
      text: [...signal.phrases, signal.explanation, ...signal.examples].join("\n"),
      weight: 1,
    })),
  ];
}
