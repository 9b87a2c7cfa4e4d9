import { normalizeError } from "@/lib/search/normalize-error";

// A multinomial naive Bayes text classifier over the portal's own content: which category's known
// issues, runbook steps, descriptions and signals use the words of a described symptom. Deterministic
// (no randomness, no external data), trained in milliseconds at the content's size.

export interface TrainingText {
  /** The class: a category slug, or a runbook step for a category's step classifier. */
  label: string;
  text: string;
  /** How much the text counts: a category's own description more than one runbook step. */
  weight: number;
}

export interface CategoryClassifier {
  categories: string[];
  /** log P(token | category), for tokens seen in training. */
  logLikelihood: Map<string, Float64Array>;
  /** log P(unseen token | category): the smoothing mass. */
  unseen: Float64Array;
}

const SMOOTHING = 0.05;
const MAX_VOCABULARY = 50_000;
/** How sharply the average per-token evidence separates categories (naive Bayes is overconfident). */
const SHARPNESS = 6;
const STOP_WORDS = new Set(
  "a an and are as at be but by can do does for from has have if in into is it its not of on or so that the their then there these this to was were when which while with you your we our i my me after before every each all any no only same just than too very".split(
    " ",
  ),
);

/**
 * Lower-case word stems, noise (ids, hosts, numbers) removed as for search; a light suffix stemmer.
 * `normalized` is normalizeError(text) when the caller has it already (a search's query plan does):
 * for a pasted log the normalization costs a millisecond or more.
 */
export function tokenize(text: string, normalized = normalizeError(text)): string[] {
  const words = (normalized.match(/[a-z][a-z0-9]+|\d{3}|-32\d{3}/g) ?? [])
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
  // Word pairs too: "refresh token" and "access token" point different ways; "token" alone does not.
  return [...words, ...words.slice(1).map((word, i) => `${words[i]}_${word}`)];
}

function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ations?|ings?|ed|es|s|ly|ment)$/, "") || word;
}

export function trainClassifier(texts: TrainingText[]): CategoryClassifier {
  const categories = [...new Set(texts.map((t) => t.label))].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(categories.length);
  for (const { label, text, weight } of texts) {
    const tokens = tokenize(text);
    if (tokens.length === 0) continue;
    // Each text counts by its weight, not its length: a long runbook body must not drown a known issue.
    const share = weight / Math.sqrt(tokens.length);
    const c = index.get(label)!;
    for (const token of tokens) {
      let row = counts.get(token);
      if (!row) counts.set(token, (row = new Float64Array(categories.length)));
      row[c]! += share;
      totals[c]! += share;
    }
  }
  // A large corpus (the 100,000-document benchmark) would keep millions of rare pairs; the most frequent
  // tokens carry the signal and bound the memory.
  if (counts.size > MAX_VOCABULARY) {
    const kept = [...counts.entries()]
      .map(([token, row]) => [token, row.reduce((a, b) => a + b, 0)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_VOCABULARY);
    const keep = new Set(kept.map(([token]) => token));
    for (const token of counts.keys()) if (!keep.has(token)) counts.delete(token);
  }
  const vocabulary = counts.size;
  const denominators = totals.map((total) => total + SMOOTHING * vocabulary);
  const logLikelihood = new Map<string, Float64Array>();
  for (const [token, row] of counts) {
    logLikelihood.set(
      token,
      row.map((count, c) => Math.log((count + SMOOTHING) / denominators[c]!)),
    );
  }
  return { categories, logLikelihood, unseen: denominators.map((d) => Math.log(SMOOTHING / d)) };
}

/** P(category | text) for every category, or null when the text has no word the content knows. */
export function classify(
  model: CategoryClassifier,
  text: string,
  normalized = normalizeError(text),
): Map<string, number> | null {
  const tokens = tokenize(text, normalized).filter((token) => model.logLikelihood.has(token));
  if (tokens.length === 0 || model.categories.length === 0) return null;
  const sums = new Float64Array(model.categories.length);
  for (const token of tokens) {
    const row = model.logLikelihood.get(token)!;
    for (let c = 0; c < sums.length; c++) sums[c]! += row[c]!;
  }
  // Average evidence per token, sharpened: a long paste is not more certain than a short one.
  const scores = [...sums].map((sum) => (SHARPNESS * sum) / tokens.length);
  const max = Math.max(...scores);
  const exp = scores.map((score) => Math.exp(score - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return new Map(model.categories.map((category, c) => [category, exp[c]! / total]));
}
