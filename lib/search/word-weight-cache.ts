import type { Database } from "@/lib/db/create-client";

import { spellingVariants } from "./spelling";
import { VersionedMemo } from "./versioned-memo";
import { weighWords, type VariantRow, type WordWeight } from "./word-rarity";

/** What weighWords() says about one query word: its weight and, for a correctable word, the known words near it. */
interface WordLookup {
  weights: WordWeight[];
  variantRows: VariantRow[];
}

/** Query vocabulary repeats from search to search ("token", "refresh", "401"); a few MB hold the common part. */
const keptLookups = new VersionedMemo<WordLookup>(20_000);

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
  // A correctable word's lookup also holds its spelling variants: it is a different entry from the exact word's.
  const keyOf = (word: string) => `${correctable.has(word) ? "~" : "="}${word}`;
  const found = await keptLookups.get(db, version, words, keyOf, async (missing) => {
    const fresh = await weighWords(db, missing, variantsOf(missing));
    return new Map(
      missing.map((word) => {
        const own = new Set(correctable.has(word) ? spellingVariants(word) : []);
        const variantRows = fresh.variantRows.filter((row) => own.has(row.variant));
        const reached = new Set([word, ...variantRows.map((row) => row.word)]);
        return [word, { weights: [...reached].flatMap((w) => fresh.weights.get(w) ?? []), variantRows }];
      }),
    );
  });
  const lookupsFound = [...found.values()];
  return {
    weights: new Map(lookupsFound.flatMap((lookup) => lookup.weights.map((w) => [w.word, w] as const))),
    variantRows: lookupsFound.flatMap((lookup) => lookup.variantRows),
  };
}
