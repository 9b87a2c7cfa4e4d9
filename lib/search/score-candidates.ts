import type { CandidateRow } from "./find-candidates";
import type { Term } from "./query-terms";
import { memoByText } from "./recent-map";
import { lineProfiles, similarity, trigramProfile, wordSimilarity, type TrigramProfile } from "./trigram-similarity";

/** Word-similarity cut-off, low enough for a changed word, a cut-off end or a typo. */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

export interface Candidate extends Omit<CandidateRow, "signaturesNormalized" | "matchedLexemes" | "strongLexemes"> {
  signatureScore: number;
  titleScore: number;
  /** Whole-title similarity: high only when the title is the query, not when it merely contains it. */
  exactTitleScore: number;
  /**
   * The share of the query's rarity found in the document (BM25's idf per word, found in title,
   * signatures or symptoms counting fully, in the body partly): 1 when every telling word is there.
   */
  coverage: number;
  score: number;
}

const BODY_ONLY = 0.6;

/**
 * Candidates' profiles, remembered by their text: the same titles and signatures are candidates of search after
 * search, and profiling them was half of scoring (2.7 of 5.5 ms for 60 candidates). A profile is a pure function
 * of its text, so no content change can make one stale; the bound keeps a few MB.
 */
const PROFILES_KEPT = 4_000;
const titleProfile = memoByText(trigramProfile, PROFILES_KEPT);
const signatureProfile = memoByText((text) => {
  const whole = trigramProfile(text);
  return { whole, lines: lineProfiles(whole) };
}, PROFILES_KEPT);

export interface QueryProfile {
  normalized: TrigramProfile;
  fragments: TrigramProfile[];
  isKeywordQuery: boolean;
  rankingTerms: Term[];
}

/**
 * How well a candidate matches: each fragment of a pasted error against the signatures, and the other
 * way round (a short signature inside a long paste); the query against the title, in part and whole;
 * and how much of the query's rare words the document holds.
 */
export function scoreCandidate(row: CandidateRow, query: QueryProfile): Candidate {
  const { signaturesNormalized, matchedLexemes, strongLexemes, ...rest } = row;
  const title = titleProfile(row.title);
  const signatures = signatureProfile(signaturesNormalized);
  const signatureScore =
    signatures.whole.all.size === 0
      ? 0
      : Math.max(
          ...query.fragments.map((fragment) => wordSimilarity(fragment, signatures.whole)),
          ...signatures.lines.map((line) => wordSimilarity(line, query.normalized)),
        );
  const candidate = {
    ...rest,
    signatureScore,
    titleScore: wordSimilarity(query.normalized, title),
    exactTitleScore: similarity(query.normalized, title),
    coverage: coverage(query.rankingTerms, new Set(matchedLexemes), new Set(strongLexemes)),
  };
  return { ...candidate, score: combinedScore(candidate, query.isKeywordQuery) };
}

function coverage(terms: Term[], anywhere: Set<string>, strong: Set<string>): number {
  const total = terms.reduce((sum, term) => sum + term.idf, 0);
  if (total === 0) return 0;
  const found = terms.reduce((sum, term) => {
    if (term.lexemes.some((l) => strong.has(l))) return sum + term.idf;
    return term.lexemes.some((l) => anywhere.has(l)) ? sum + BODY_ONLY * term.idf : sum;
  }, 0);
  return found / total;
}

/** A pasted error is about signatures; a few keywords are about titles, best of all a title that is the query. */
function combinedScore(c: Omit<Candidate, "score">, isKeywordQuery: boolean): number {
  const w = isKeywordQuery
    ? { signature: 1, title: 3, exactTitle: 2, coverage: 0.3 }
    : { signature: 3, title: 0.5, exactTitle: 0, coverage: 2 };
  return (
    w.signature * c.signatureScore +
    w.title * c.titleScore +
    w.exactTitle * c.exactTitleScore +
    w.coverage * c.coverage +
    // Keywords that a title answers beat the same keywords scattered through a body.
    (isKeywordQuery && c.titleScore >= WORD_SIMILARITY_THRESHOLD ? 2 : 0) +
    2 * c.textScore +
    (c.type === "KNOWN_ISSUE" ? 0.15 : 0)
  );
}

export function isRelevant(c: Candidate): boolean {
  return (
    c.signatureScore >= WORD_SIMILARITY_THRESHOLD ||
    c.titleScore >= WORD_SIMILARITY_THRESHOLD ||
    c.textScore > 0 ||
    c.coverage > 0
  );
}

export function reasonsFor(c: Candidate): string[] {
  const reasons: string[] = [];
  if (c.signatureScore >= WORD_SIMILARITY_THRESHOLD)
    reasons.push(`error signature matches (${Math.round(c.signatureScore * 100)}%)`);
  if (c.titleScore >= WORD_SIMILARITY_THRESHOLD) reasons.push("title matches");
  if (c.coverage >= 0.995) reasons.push("every telling word found");
  else if (c.coverage > 0) reasons.push(`${Math.round(c.coverage * 100)}% of the telling words found`);
  else if (c.textScore > 0) reasons.push("words found in the text");
  return reasons;
}
