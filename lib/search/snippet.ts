// Result snippets, made here rather than with ts_headline(), which cost about half a millisecond per
// result in PGlite. Matching is by word start, a light stand-in for the stemming full-text search
// did: "expired" marks "expires" and "expiry", "token" marks "tokens".

const WINDOW = 28;
/** Words too common to be worth marking. */
const STOP_WORDS = new Set([
  "the",
  "and",
  "for",
  "with",
  "not",
  "was",
  "are",
  "you",
  "your",
  "this",
  "that",
  "from",
  "can",
]);

/** The start a text word must share with a query word to count as the same word. */
function stemOf(word: string): string {
  return word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 2));
}

/**
 * The densest window of about 28 words, with every matched word wrapped in «» (rendered as <mark>,
 * never as HTML); the start of the text when nothing matches.
 */
export function makeSnippet(text: string, queryWords: string[]): string {
  const stems = [
    ...new Set(
      queryWords
        .map((w) => w.toLowerCase())
        .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
        .map(stemOf),
    ),
  ];
  const words = text.split(/\s+/).filter(Boolean);
  const matched = words.map((word) => {
    const bare = trimPunctuation(word.toLowerCase());
    return (
      bare.length > 1 && stems.some((stem) => bare.startsWith(stem) || (bare.length >= 4 && stem.startsWith(bare)))
    );
  });
  let bestStart = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (matched[i]) count++;
    if (i >= WINDOW && matched[i - WINDOW]) count--;
    if (i >= Math.min(WINDOW, words.length) - 1 && count > bestCount) {
      bestCount = count;
      bestStart = Math.max(0, i - WINDOW + 1);
    }
  }
  // Start a little before the first match, so the match has some context.
  const firstMatch = matched.indexOf(true, bestStart);
  const start = firstMatch === -1 ? bestStart : Math.max(bestStart, Math.min(firstMatch - 3, words.length - WINDOW));
  const from = Math.max(0, start);
  const shown = words.slice(from, from + WINDOW).map((word, i) => {
    if (!matched[from + i]) return word;
    const [, lead, core, tail] = word.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u)!;
    return `${lead}«${core}»${tail}`;
  });
  return `${from > 0 ? "… " : ""}${shown.join(" ")}${from + WINDOW < words.length ? " …" : ""}`;
}

const isWordChar = (char: string) => {
  const code = char.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && /[\p{L}\p{N}]/u.test(char));
};

/** The word without leading and trailing punctuation (quotes, brackets, colons). */
function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !isWordChar(word[start]!)) start++;
  while (end > start && !isWordChar(word[end - 1]!)) end--;
  return word.slice(start, end);
}
