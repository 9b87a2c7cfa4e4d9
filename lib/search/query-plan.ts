import { distinctiveLines, normalizeError } from "./normalize-error";

/** What a raw query turns into before it reaches the database. */
export interface QueryPlan {
  normalized: string;
  /** Words for full-text search. */
  words: string[];
  /** Normalized lines or sentences, each matched against error signatures on its own. */
  fragments: string[];
  /** A few words: keyword search (all words must match, titles count most, typos tolerated). */
  isKeywordQuery: boolean;
}

const MAX_FRAGMENT = 200;
const MAX_WORDS = 16;

export function planQuery(raw: string): QueryPlan {
  const normalized = normalizeError(raw).slice(0, 1000);
  const words = [...new Set(normalized.match(/[a-z0-9][a-z0-9_.-]*[a-z0-9]|[a-z]/g) ?? [])]
    .filter((w) => w.length > 1)
    .slice(0, MAX_WORDS);
  // Long single lines are cut at sentence and clause ends, so a signature inside a longer message still
  // stands alone in one fragment.
  const pieces = raw
    .split(/\r?\n/)
    .flatMap((line) => (line.length > MAX_FRAGMENT ? line.split(/(?<=[.;])\s+|\s+-\s+|(?<=\w):\s+/) : [line]))
    .join("\n");
  const fragments = distinctiveLines(pieces, 4).map((f) => f.slice(0, MAX_FRAGMENT));
  if (fragments.length === 0 && normalized) fragments.push(normalized.slice(0, MAX_FRAGMENT));
  // Error punctuation (a colon after a word, quotes, braces, "=", snake_case) marks a pasted error, however short.
  const looksLikeError = /\w:\s|["'{}()=]|\w_\w/.test(raw);
  return { normalized, words, fragments, isKeywordQuery: words.length <= 6 && !raw.includes("\n") && !looksLikeError };
}
