import type { Database } from "@/lib/db/create-client";

/** A query word as the index stores it, and how much finding it says (inverse document frequency). */
export interface WordWeight {
  word: string;
  lexemes: string[];
  /** Documents holding the rarest of its lexemes; 0 when no document does. */
  documents: number;
  /** Documents holding each lexeme: what finding the word's documents costs (one heap visit each). */
  lexemeDocuments: Map<string, number>;
  idf: number;
}

/** A known word (in some title or signature) sharing a one-letter deletion with a typed word. */
export interface VariantRow {
  variant: string;
  word: string;
}

/**
 * Each word's lexemes (English stemming, stop words dropped) and their document frequency, and the known
 * words that share one of `variants` (lib/search/spelling.ts), in one query: spelling and rarity were two
 * round trips on every keyword search. Every word a variant reaches is weighed too, since any of them may
 * be chosen as a correction; a few dozen extra lookups cost less than the second round trip.
 * idf is BM25's: ln(1 + (N − n + 0.5) / (n + 0.5)), so a word in every document weighs almost nothing and
 * an error code in two weighs most. Without statistics (a database never seeded) every word weighs 1.
 */
export async function weighWords(
  db: Database,
  words: string[],
  variants: string[] = [],
): Promise<{ weights: Map<string, WordWeight>; variantRows: VariantRow[] }> {
  if (words.length === 0) return { weights: new Map(), variantRows: [] };
  const rows = await db.$queryRaw<
    { word: string; variant: string | null; lexeme: string | null; documents: number | null; total: number }[]
  >`
    WITH known AS (SELECT variant, word FROM "SearchTermVariant" WHERE variant = ANY(${variants}::text[])),
    w AS (SELECT unnest(${words}::text[]) AS word UNION SELECT word FROM known),
    total AS (SELECT coalesce((SELECT documents FROM "SearchLexeme" WHERE lexeme = ''), 0) AS total)
    SELECT w.word, NULL AS variant, u.lexeme, s.documents, total.total
    FROM w CROSS JOIN total
    LEFT JOIN LATERAL unnest(to_tsvector('english', w.word)) AS u ON true
    LEFT JOIN "SearchLexeme" s ON s.lexeme = u.lexeme
    UNION ALL SELECT word, variant, NULL, NULL, 0 FROM known`;
  const total = rows.find((row) => row.variant === null)?.total ?? 0;
  const byWord = new Map<string, WordWeight>();
  for (const row of rows) {
    if (row.variant !== null) continue;
    const entry = byWord.get(row.word) ?? {
      word: row.word,
      lexemes: [],
      documents: 0,
      idf: 0,
      lexemeDocuments: new Map<string, number>(),
    };
    if (row.lexeme) {
      entry.lexemes.push(row.lexeme);
      const documents = row.documents ?? 0;
      entry.lexemeDocuments.set(row.lexeme, documents);
      if (documents > 0 && (entry.documents === 0 || documents < entry.documents)) entry.documents = documents;
    }
    byWord.set(row.word, entry);
  }
  const weights = new Map<string, WordWeight>();
  for (const entry of byWord.values()) {
    if (entry.lexemes.length === 0) continue;
    entry.idf =
      total === 0
        ? 1
        : entry.documents === 0
          ? 0
          : Math.log(1 + (total - entry.documents + 0.5) / (entry.documents + 0.5));
    weights.set(entry.word, entry);
  }
  const variantRows = rows
    .filter((row): row is typeof row & { variant: string } => row.variant !== null)
    .map(({ variant, word }) => ({ variant, word }));
  return { weights, variantRows };
}
