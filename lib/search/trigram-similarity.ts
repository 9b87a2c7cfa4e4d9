// Trigram similarity as pg_trgm defines it (lower case, words of letters and digits, each padded with two
// spaces in front and one behind), computed here rather than in the database: word_similarity() in
// PGlite's WebAssembly build cost about 0.2 ms a row and was most of a search's time. Trigrams are
// packed into numbers so that sets of them cost no string allocations.

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = 32;
const pack = (a: number, b: number, c: number) => (a * 0x200000 + b) * 0x200000 + c;

/** A text split into lines of words, each word its trigram codes, plus the set of all of them. */
export interface TrigramProfile {
  all: Set<number>;
  lines: number[][][];
}

const isWordChar = (code: number, char: string) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && WORD_CHAR.test(char));

export function trigramProfile(text: string): TrigramProfile {
  const all = new Set<number>();
  const lines: number[][][] = [[]];
  let word: number[] | null = null;
  let previous = SPACE;
  let beforePrevious = SPACE;
  const endWord = () => {
    if (!word) return;
    const last = pack(beforePrevious, previous, SPACE);
    word.push(last);
    all.add(last);
    lines.at(-1)!.push(word);
    word = null;
  };
  for (const char of text.toLowerCase()) {
    const code = char.codePointAt(0)!;
    if (isWordChar(code, char)) {
      if (!word) {
        word = [];
        previous = SPACE;
        beforePrevious = SPACE;
      }
      const trigram = pack(beforePrevious, previous, code);
      word.push(trigram);
      all.add(trigram);
      beforePrevious = previous;
      previous = code;
    } else {
      endWord();
      if (char === "\n") lines.push([]);
    }
  }
  endWord();
  return { all, lines };
}

/** pg_trgm's similarity(): shared trigrams over all trigrams of both. */
export function similarity(a: TrigramProfile, b: TrigramProfile): number {
  if (a.all.size === 0 || b.all.size === 0) return 0;
  let shared = 0;
  for (const t of a.all) if (b.all.has(t)) shared++;
  return shared / (a.all.size + b.all.size - shared);
}

/**
 * Like pg_trgm's word_similarity(): how well `needle` matches the best run of whole words in `haystack`
 * (trigrams shared over trigrams of the needle and the run together). 1 when the needle appears in the
 * haystack word for word, whatever surrounds it. Runs never span lines: a signature is one line.
 * A trigram repeated inside a run counts each time (pg_trgm counts it once): that keeps each run's
 * score a sum of per-word counts, which is what makes scoring hundreds of candidates cheap.
 */
export function wordSimilarity(needle: TrigramProfile, haystack: TrigramProfile): number {
  const wanted = needle.all;
  if (wanted.size === 0) return 0;
  // A run much longer than the needle only adds unshared trigrams.
  const maxRun = needle.lines.reduce((words, line) => words + line.length, 0) + 2;
  let best = 0;
  for (const lineWords of haystack.lines) {
    const shared = lineWords.map((trigrams) => trigrams.reduce((n, t) => n + (wanted.has(t) ? 1 : 0), 0));
    for (let start = 0; start < lineWords.length; start++) {
      // A run that starts with a word sharing nothing scores less than the same run without it.
      if (shared[start] === 0) continue;
      let common = 0;
      let unshared = 0;
      for (let end = start; end < Math.min(lineWords.length, start + maxRun); end++) {
        common += shared[end]!;
        unshared += lineWords[end]!.length - shared[end]!;
        best = Math.max(best, Math.min(common, wanted.size) / (wanted.size + unshared));
        // Longer runs only add unshared trigrams: stop once even sharing all of the needle cannot win.
        if (wanted.size / (wanted.size + unshared) <= best) break;
      }
    }
  }
  return best;
}
