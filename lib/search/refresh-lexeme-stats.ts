import type { Prisma } from "@/lib/db/generated/client";

/**
 * Makes "SearchLexeme" the document frequency of every lexeme of "SearchDocument" (ts_stat), writing
 * only what changed so a second seed leaves the table as it was. The empty lexeme holds the number of
 * documents. Documents published between two seeds are not counted: their new words then look rare,
 * which is what a word in one contribution is.
 */
export async function refreshLexemeStats(tx: Prisma.TransactionClient) {
  await tx.$executeRawUnsafe(`
    WITH stats AS (
      SELECT word AS lexeme, ndoc AS documents FROM ts_stat('SELECT "searchVector" FROM "SearchDocument"')
      UNION ALL SELECT '', count(*)::int FROM "SearchDocument"
    ), removed AS (
      DELETE FROM "SearchLexeme" l WHERE NOT EXISTS (SELECT 1 FROM stats s WHERE s.lexeme = l.lexeme)
    )
    INSERT INTO "SearchLexeme" (lexeme, documents) SELECT lexeme, documents FROM stats
    ON CONFLICT (lexeme) DO UPDATE SET documents = EXCLUDED.documents
      WHERE "SearchLexeme".documents <> EXCLUDED.documents`);
}
