// Trigram similarity as pg_trgm defines it (lower case, words of letters and digits, each padded with two
// spaces in front and one behind), computed here rather than in the database: word_similarity() in
// PGlite's WebAssembly build cost about 0.2 ms a row and was most of a search's time. Trigrams are
// packed into numbers so that sets of them cost no string allocations.

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = 32;
/**
 * ASCII trigrams (nearly all) pack into 21 bits: a small integer, which sets hash and store without
 * allocating, where the wider packing of any code point is a heap number (scoring took twice as long).
 * The two ranges never meet: a wide code starts with a space or a word character, so it is ≥ 32 · 2^42.
 */
const pack = (a: number, b: number, c: number) =>
  (a | b | c) < 128 ? (a << 14) | (b << 7) | c : (a * 0x200000 + b) * 0x200000 + c;

/** A text split into lines of words, each word its trigram codes, plus the set of all of them. */
export interface TrigramProfile {
  all: Set<number>;
  lines: number[][][];
  /**
   * Where each trigram occurs (line, word), once per occurrence: set by withPostings() on a profile that is
   * the haystack of many comparisons (a pasted log against every candidate's signatures).
   */
  postings?: Map<number, [number, number][]>;
}

const isWordChar = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 48 && code <= 57) ||
  (code > 127 && WORD_CHAR.test(String.fromCodePoint(code)));

/** Read by code unit, not with a string iterator: one string per character made profiling most of scoring. */
export function trigramProfile(text: string): TrigramProfile {
  const lower = text.toLowerCase();
  const all = new Set<number>();
  const lines: number[][][] = [];
  let line: number[][] = [];
  let word: number[] | null = null;
  let previous = SPACE;
  let beforePrevious = SPACE;
  for (let i = 0; i < lower.length; i++) {
    let code = lower.charCodeAt(i);
    // A character beyond the Basic Multilingual Plane is two code units: read it as one.
    if (code >= 0xd800 && code <= 0xdbff) {
      code = lower.codePointAt(i)!;
      if (code > 0xffff) i++;
    }
    if (isWordChar(code)) {
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
      continue;
    }
    if (word) {
      const last = pack(beforePrevious, previous, SPACE);
      word.push(last);
      all.add(last);
      line.push(word);
      word = null;
    }
    if (code === 10) {
      lines.push(line);
      line = [];
    }
  }
  if (word) {
    const last = pack(beforePrevious, previous, SPACE);
    word.push(last);
    all.add(last);
    line.push(word);
  }
  lines.push(line);
  return { all, lines };
}

/** Each line of a profile as a profile of its own: what trigramProfile() of that line alone gives. */
export function lineProfiles(profile: TrigramProfile): TrigramProfile[] {
  return profile.lines.map((words) => {
    // Loops, not words.flat(): this runs for every signature line of every candidate.
    const all = new Set<number>();
    for (const word of words) for (const trigram of word) all.add(trigram);
    return { all, lines: [words] };
  });
}

/**
 * The profile with its trigrams' occurrences indexed, so that wordSimilarity() against it reads only the
 * words that share a trigram with the needle: a 50-line paste has hundreds of words, a signature a dozen.
 */
export function withPostings(profile: TrigramProfile): TrigramProfile {
  const postings = new Map<number, [number, number][]>();
  profile.lines.forEach((words, line) =>
    words.forEach((trigrams, word) => {
      for (const t of trigrams) {
        const list = postings.get(t);
        if (list) list.push([line, word]);
        else postings.set(t, [[line, word]]);
      }
    }),
  );
  return { ...profile, postings };
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
  const sharedByLine = haystack.postings ? sharedFromPostings(wanted, haystack.postings) : null;
  for (const [line, lineWords] of haystack.lines.entries()) {
    const shared = sharedByLine ? sharedByLine.get(line) : sharedPerWord(wanted, lineWords);
    // A line sharing no trigram scores nothing.
    if (!shared) continue;
    for (let start = 0; start < lineWords.length; start++) {
      // A run that starts with a word sharing nothing scores less than the same run without it.
      if (!shared[start]) continue;
      let common = 0;
      let unshared = 0;
      for (let end = start; end < Math.min(lineWords.length, start + maxRun); end++) {
        const sharedHere = shared[end] ?? 0;
        common += sharedHere;
        unshared += lineWords[end]!.length - sharedHere;
        best = Math.max(best, Math.min(common, wanted.size) / (wanted.size + unshared));
        // Longer runs only add unshared trigrams: stop once even sharing all of the needle cannot win.
        if (wanted.size / (wanted.size + unshared) <= best) break;
      }
    }
  }
  return best;
}

/** How many of each word's trigram occurrences are wanted. */
function sharedPerWord(wanted: Set<number>, words: number[][]): number[] {
  const shared = new Array<number>(words.length);
  for (let w = 0; w < words.length; w++) {
    let n = 0;
    for (const trigram of words[w]!) if (wanted.has(trigram)) n++;
    shared[w] = n;
  }
  return shared;
}

/** Per line that shares any trigram: how many of each word's trigram occurrences are wanted (sparse). */
function sharedFromPostings(wanted: Set<number>, postings: Map<number, [number, number][]>) {
  const byLine = new Map<number, number[]>();
  for (const t of wanted) {
    for (const [line, word] of postings.get(t) ?? []) {
      let shared = byLine.get(line);
      if (!shared) byLine.set(line, (shared = []));
      shared[word] = (shared[word] ?? 0) + 1;
    }
  }
  return byLine;
}
