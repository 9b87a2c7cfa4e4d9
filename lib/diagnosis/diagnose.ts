import { normalizeError } from "@/lib/search/normalize-error";
import { matchSignals, type CompiledSignal } from "@/lib/signals/match-signals";

import { classify } from "./category-classifier";
import type { DiagnosisModel } from "./diagnosis-model";
import { rankCategories, type CategoryVote, type Evidence } from "./rank-categories";

interface Link {
  title: string;
  url: string;
}

export interface DiagnosisCandidate {
  category: Link & { slug: string };
  /** Where to start in that category's runbook; null when nothing pointed at a step (start at the top). */
  step: (Link & { ref: string }) | null;
  /** Share of the evidence for this category, 0–1. */
  confidence: number;
}

export interface Diagnosis extends DiagnosisCandidate {
  level: "high" | "medium" | "low";
  /** The recognised error tokens and messages that pointed here. */
  signals: { id: string; matched: string; explanation: string; source: string }[];
  /** The known issues and runbook steps that matched in this category. */
  matches: Link[];
  alternatives: DiagnosisCandidate[];
  /** Every category with any evidence, best first (what `npm run eval:diagnosis` scores). */
  ranking: string[];
}

/**
 * The most likely category and runbook step for a pasted error or a described symptom, from the
 * signals it fires and the search results it found. Null only when neither gave anything.
 * `normalized` is normalizeError(text), passed by a search that has it already.
 */
export function diagnose(
  text: string,
  signals: CompiledSignal[],
  evidence: Evidence[],
  model: DiagnosisModel,
  normalized?: string,
): Diagnosis | null {
  const words = normalized ?? normalizeError(text);
  const votes = rankCategories(
    matchSignals(signals, text),
    evidence,
    classify(model.classifier, text, words),
    model.entryStep,
    (slug) => {
      const classifier = model.stepClassifiers.get(slug);
      return classifier ? classify(classifier, text, words) : null;
    },
    model.questionSteps,
  );
  if (votes.length === 0) return null;
  const [first, ...rest] = votes as [CategoryVote, ...CategoryVote[]];
  const candidate = (vote: CategoryVote): DiagnosisCandidate => {
    const category = model.pages.get(`category:${vote.slug}`) ?? { title: vote.slug, url: `/categories/${vote.slug}` };
    const step = vote.step ? model.pages.get(`runbook-node:${vote.step}`) : undefined;
    return {
      category: { slug: vote.slug, ...category },
      step: step && vote.step ? { ref: vote.step, ...step } : null,
      confidence: Math.round(vote.share * 100) / 100,
    };
  };
  return {
    ...candidate(first),
    level: confidenceLevel(first),
    signals: first.signals.map(({ signal, matched }) => ({
      id: signal.id,
      matched,
      explanation: signal.explanation,
      source: signal.source,
    })),
    matches: first.evidence.slice(0, 3).map(({ title, url }) => ({ title, url })),
    alternatives: rest.slice(0, 2).map(candidate),
    ranking: votes.map((vote) => vote.slug),
  };
}

/** High: most of the evidence agrees and a specific signal or a close match backs it. Low: a guess. */
function confidenceLevel(vote: CategoryVote): Diagnosis["level"] {
  const specific = vote.signals.some((m) => m.signal.weight >= 2);
  if (vote.share >= 0.6 && (specific || vote.score >= 3)) return "high";
  if (vote.share >= 0.4) return "medium";
  return "low";
}
