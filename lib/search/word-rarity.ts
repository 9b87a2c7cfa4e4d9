import type { Database } from "@/lib/db/create-client";

/** A query word as the index stores it, and how much finding it says (inverse document frequency). */
export interface WordWeight {
  word: string;
  lexemes: string[];
  /** Documents holding the rarest of its lexemes; 0 when no document does. */
  documents: number;
  idf: number;
}

/**
 * Each word's lexemes (English stemming, stop words dropped) and their document frequency, in one query.
 * idf is BM25's: ln(1 + (N − n + 0.5) / (n + 0.5)), so a word in every document weighs almost nothing and
 * an error code in two weighs most. Without statistics (a database never seeded) every word weighs 1.
 */
export async function weighWords(db: Database, words: string[]): Promise<WordWeight[]> {
  if (words.length === 0) return [];
  const rows = await db.$queryRaw<{ word: string; lexeme: string | null; documents: number | null; total: number }[]>`
    SELECT w.word, u.lexeme, s.documents,
      coalesce((SELECT documents FROM "SearchLexeme" WHERE lexeme = ''), 0) AS total
    FROM unnest(${words}::text[]) AS w(word)
    LEFT JOIN LATERAL unnest(to_tsvector('english', w.word)) AS u ON true
    LEFT JOIN "SearchLexeme" s ON s.lexeme = u.lexeme`;
  const total = rows[0]?.total ?? 0;
  const byWord = new Map<string, WordWeight>();
  for (const row of rows) {
    const entry = byWord.get(row.word) ?? { word: row.word, lexemes: [], documents: 0, idf: 0 };
    if (row.lexeme) {
      entry.lexemes.push(row.lexeme);
      const documents = row.documents ?? 0;
      if (documents > 0 && (entry.documents === 0 || documents < entry.documents)) entry.documents = documents;
    }
    byWord.set(row.word, entry);
  }
  for (const entry of byWord.values()) {
    entry.idf =
      total === 0
        ? 1
        : entry.documents === 0
          ? 0
          : Math.log(1 + (total - entry.documents + 0.5) / (entry.documents + 0.5));
  }
  return words.map((word) => byWord.get(word)!).filter((entry) => entry.lexemes.length > 0);
}
