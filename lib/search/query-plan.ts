import { normalizeError } from "./normalize-error";

/** What a raw query turns into before it reaches the database. */
export interface QueryPlan {
  normalized: string;
  /** Distinct words for full-text search, in order of appearance (a pasted log gives many). */
  words: string[];
  /** Normalized lines or sentences, each of which may be the one that matters; fragments are chosen from them. */
  lines: string[];
  /** A few words: keyword search (titles count most, typos tolerated). */
  isKeywordQuery: boolean;
}

const MAX_FRAGMENT = 200;
/** Enough for a pasted log of a few dozen lines; words beyond are rarely the signal and cost a lookup each. */
const MAX_WORDS = 200;
const WORD = /[a-z0-9][a-z0-9_.-]*[a-z0-9]|[a-z]/g;

export function planQuery(raw: string): QueryPlan {
  const normalized = normalizeError(raw);
  const words = [...new Set(normalized.match(WORD) ?? [])].filter((w) => w.length > 1).slice(0, MAX_WORDS);
  // Long single lines are cut at sentence and clause ends, so a signature inside a longer message still
  // stands alone in one line.
  const lines = [
    ...new Set(
      raw
        .split(/\r?\n/)
        .flatMap((line) => (line.length > MAX_FRAGMENT ? line.split(/(?<=[.;])\s+|\s+-\s+|(?<=\w):\s+/) : [line]))
        .map((line) => normalizeError(line).slice(0, MAX_FRAGMENT))
        .filter((line) => line.length >= 12),
    ),
  ];
  if (lines.length === 0 && normalized) lines.push(normalized.slice(0, MAX_FRAGMENT));
  // Error punctuation (a colon after a word, quotes, braces, "=", snake_case) marks a pasted error, however short.
  const looksLikeError = /\w:\s|["'{}()=]|\w_\w/.test(raw);
  return { normalized, words, lines, isKeywordQuery: words.length <= 6 && !raw.includes("\n") && !looksLikeError };
}

/**
 * The lines worth matching against signatures on their own: those that say the most, by the rarity of
 * their words (a log's error line, not its longest INFO line); by length when no word is known.
 */
export function chooseFragments(lines: string[], idfOf: (word: string) => number, max = 4): string[] {
  const weight = (line: string) => [...new Set(line.match(WORD) ?? [])].reduce((sum, word) => sum + idfOf(word), 0);
  return lines
    .map((line) => ({ line, weight: weight(line) }))
    .sort((a, b) => b.weight - a.weight || b.line.length - a.line.length)
    .slice(0, max)
    .map(({ line }) => line);
}
