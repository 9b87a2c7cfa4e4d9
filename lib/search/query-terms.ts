import type { Database } from "@/lib/db/create-client";

import { closestWords, spellingVariants } from "./spelling";
import { weighWordsAt } from "./word-weight-cache";
import type { VariantRow, WordWeight } from "./word-rarity";

/** A query word, the words it may have meant, and how much finding it says. */
export interface Term {
  alternatives: string[];
  /** Titles or signatures use it as typed (or it was not a candidate for correction). */
  known: boolean;
  /** Lexemes of the word and its alternatives, as the full-text index stores them. */
  lexemes: string[];
  /** The rarity weight of the best-known alternative; 0 when no document holds any of them. */
  idf: number;
  documents: number;
  /** Documents holding each of its lexemes. */
  lexemeDocuments: Map<string, number>;
}

/**
 * Graded candidates come from the rarest words whose documents together stay under this many. Each of
 * those documents is a heap visit (the GIN index gives no ids): 3000 cost 15–30 ms of a pasted log's
 * search on 100,000 documents; a word a thousand documents hold is not what makes a paste findable.
 */
const GRADED_DOCUMENT_BUDGET = 1000;
const MAX_GRADED_LEXEMES = 8;
/** Words that rank a long paste: its rarest known ones. More only dilute the share of the query matched. */
const MAX_RANKING_TERMS = 12;

/**
 * Query words with their corrections (keyword queries only: a pasted error is spelled as the software
 * spelled it) and rarity weights, plus the word weights by word for choosing a paste's telling lines. Given the
 * content version, words already weighed at that version cost no round trip (lib/search/word-weight-cache.ts).
 */
export async function buildTerms(
  db: Database,
  words: string[],
  correctTypos: boolean,
  contentVersion: number | null = null,
) {
  const correctable = correctTypos ? words.filter((word) => CORRECTABLE.test(word)) : [];
  const { weights, variantRows } = await weighWordsAt(db, words, new Set(correctable), contentVersion);
  const corrected = correctTypos
    ? correctSpelling(words, correctable, variantRows)
    : words.map((word) => ({ alternatives: [word], known: true }));
  const terms: Term[] = corrected.map(({ alternatives, known }) => {
    const weighed = alternatives.map((word) => weights.get(word)).filter((w): w is WordWeight => Boolean(w));
    const best = weighed.reduce<WordWeight | null>((a, b) => (a && a.documents >= b.documents ? a : b), null);
    return {
      alternatives,
      known,
      lexemes: [...new Set(weighed.flatMap((w) => w.lexemes))].filter((l) => /^[a-z0-9_.:-]+$/.test(l)),
      idf: best?.idf ?? 0,
      documents: best?.documents ?? 0,
      lexemeDocuments: new Map(weighed.flatMap((w) => [...w.lexemeDocuments])),
    };
  });
  return { terms, idfOf: (word: string) => weights.get(word)?.idf ?? 0 };
}

/** The terms that rank: for a long paste its rarest known words, for a short query every word. */
export function rankingTerms(terms: Term[]): Term[] {
  return terms
    .filter((term) => term.idf > 0 && term.lexemes.length > 0)
    .sort((a, b) => b.idf - a.idf)
    .slice(0, MAX_RANKING_TERMS);
}

/** A lexeme of the graded branch and what finding it is worth (its word's rarity). */
export interface GradedLexeme {
  lexeme: string;
  weight: number;
}

/**
 * Lexemes for the graded branch: the rarest words first, each with those of its lexemes that keep the
 * documents within budget, so an "any of these words" query never walks the postings of words half the
 * corpus holds. The budget counts every lexeme's documents: a log's "worker-12" is rare, but its lexeme
 * "worker" is in every other line, and counting the word by its rarest lexeme let 8 such words cost
 * 4,900 heap visits on 100,000 documents.
 */
export function gradedLexemes(terms: Term[]): GradedLexeme[] {
  const chosen = new Map<string, number>();
  let documents = 0;
  for (const term of [...terms].filter((t) => t.documents > 0).sort((a, b) => a.documents - b.documents)) {
    if (chosen.size >= MAX_GRADED_LEXEMES) break;
    for (const lexeme of term.lexemes) {
      const cost = term.lexemeDocuments.get(lexeme) ?? 0;
      if (chosen.has(lexeme) || documents + cost > GRADED_DOCUMENT_BUDGET) continue;
      documents += cost;
      chosen.set(lexeme, term.idf);
    }
  }
  return [...chosen].slice(0, MAX_GRADED_LEXEMES * 2).map(([lexeme, weight]) => ({ lexeme, weight }));
}

/** Words a typo may hide in: letters (with _ and -), as search_terms() indexes them. */
const CORRECTABLE = /^[a-z][a-z_-]{2,29}$/;

/**
 * Each keyword with the words it most likely meant when titles and signatures never use it as typed
 * ("refersh" → "refresh"), found through shared one-letter deletions, then ranked by edit distance. The
 * typed word stays as an alternative, so a correct word found only in bodies is never lost.
 */
function correctSpelling(words: string[], correctable: string[], rows: VariantRow[]) {
  return words.map((word) => {
    const known = !correctable.includes(word) || rows.some((row) => row.variant === word && row.word === word);
    if (known) return { alternatives: [word], known };
    const own = new Set(spellingVariants(word));
    const candidates = [...new Set(rows.filter((row) => own.has(row.variant)).map((row) => row.word))];
    return { alternatives: [word, ...closestWords(word, candidates)], known };
  });
}

/**
 * A to_tsquery expression from terms: alternatives of one word are OR-ed, words joined by `join`.
 * Words come from planQuery, which keeps only [a-z0-9_.-]; anything else is dropped here all the same,
 * because to_tsquery treats other characters as operators. `prefixLast` lets a half-typed last word
 * match ("refre" → refresh); a word the index knows is complete, and a prefix scan would only cost time.
 */
export function toTsquery(terms: Pick<Term, "alternatives" | "known">[], join: "&" | "|", prefixLast = false): string {
  const safe = terms
    .map(({ alternatives, known }) => ({
      known,
      alternatives: alternatives.filter((word) => /^[a-z0-9][a-z0-9_.-]*$/.test(word)),
    }))
    .filter(({ alternatives }) => alternatives.length > 0);
  return safe
    .map(({ alternatives, known }, index) => {
      const options = alternatives.map((word, i) =>
        prefixLast && !known && index === safe.length - 1 && i === 0 ? `${word}:*` : word,
      );
      return options.length > 1 ? `(${options.join(" | ")})` : options[0];
    })
    .join(` ${join} `);
}
