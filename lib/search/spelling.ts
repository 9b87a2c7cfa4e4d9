import { similarity, trigramProfile } from "./trigram-similarity";

/**
 * A word and every form of it with one letter deleted: the same set search_term_variants() stores for
 * each known word (migration search_shingles_and_spelling). A typo and the word it means share one of
 * these whenever they are one insertion, deletion, substitution or swap apart.
 */
export function spellingVariants(word: string): string[] {
  const variants = new Set([word]);
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
 * letters each count one. Swaps matter: "refersh" is one edit from "refresh" but three from "reference",
 * which trigram similarity alone would prefer.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Edits a word of this length may carry and still count as a typo of another, not a different word. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The candidates fewest edits away, within what a typo allows, most trigrams in common first. Two at
 * most: "refersh" is one edit from both "refresh" and "refers", and only the search can tell which.
 */
export function closestWords(word: string, candidates: string[]): string[] {
  const scored = candidates
    .map((candidate) => ({
      candidate,
      similarity: similarity(trigramProfile(word), trigramProfile(candidate)),
      distance: editDistance(word, candidate),
    }))
    .filter(({ distance }) => distance > 0 && distance <= allowedEdits(word.length));
  const fewest = Math.min(...scored.map(({ distance }) => distance));
  return scored
    .filter(({ distance }) => distance === fewest)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 2)
    .map(({ candidate }) => candidate);
}
