import type { Database } from "@/lib/db/create-client";

import { RecentMap } from "./recent-map";
import { spellingVariants } from "./spelling";
import { weighWords, type VariantRow, type WordWeight } from "./word-rarity";

/** What weighWords() says about one query word: its weight and, for a correctable word, the known words near it. */
interface WordLookup {
  weights: WordWeight[];
  variantRows: VariantRow[];
}

/** Query vocabulary repeats from search to search ("token", "refresh", "401"); a few MB hold the common part. */
const WORDS_KEPT = 20_000;
/** Per database: a process that opens two (the tests, one per engine) must not answer one from the other. */
const lookupsByDatabase = new WeakMap<Database, RecentMap<string, WordLookup>>();

/**
 * weighWords() for `words`, with spelling variants for those in `correctable`, remembered per word at a content
 * version. Rarity statistics and the known words only change with content (the seed, an approval), and each change
 * gives a new version, so a word looked up once needs no round trip until then: it was 4–5 ms of every search on
 * PostgreSQL. Without a version (scripts, tests) every word is looked up.
 */
export async function weighWordsAt(
  db: Database,
  words: string[],
  correctable: Set<string>,
  version: number | null,
): Promise<{ weights: Map<string, WordWeight>; variantRows: VariantRow[] }> {
  const variantsOf = (list: string[]) => [
    ...new Set(list.filter((word) => correctable.has(word)).flatMap(spellingVariants)),
  ];
  if (version === null) return weighWords(db, words, variantsOf(words));
  let lookups = lookupsByDatabase.get(db);
  if (!lookups) lookupsByDatabase.set(db, (lookups = new RecentMap(WORDS_KEPT)));
  const keyOf = (word: string) => `${version} ${correctable.has(word) ? "~" : "="}${word}`;
  const found = new Map<string, WordLookup>();
  for (const word of words) {
    const lookup = lookups.get(keyOf(word));
    if (lookup) found.set(word, lookup);
  }
  const missing = [...new Set(words.filter((word) => !found.has(word)))];
  if (missing.length > 0) {
    const fresh = await weighWords(db, missing, variantsOf(missing));
    for (const word of missing) {
      const own = new Set(correctable.has(word) ? spellingVariants(word) : []);
      const variantRows = fresh.variantRows.filter((row) => own.has(row.variant));
      const reached = new Set([word, ...variantRows.map((row) => row.word)]);
      const weights = [...reached].flatMap((w) => fresh.weights.get(w) ?? []);
      const lookup = { weights, variantRows };
      lookups.set(keyOf(word), lookup);
      found.set(word, lookup);
    }
  }
  const lookupsFound = [...found.values()];
  return {
    weights: new Map(lookupsFound.flatMap((lookup) => lookup.weights.map((w) => [w.word, w] as const))),
    variantRows: lookupsFound.flatMap((lookup) => lookup.variantRows),
  };
}
