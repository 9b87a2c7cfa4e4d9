import type { Database } from "@/lib/db/create-client";

/**
 * Reclaims dead rows and refreshes planner statistics of the search tables. PostgreSQL's autovacuum
 * does this on its own; PGlite runs no autovacuum, so without it every updated or deleted search
 * document stays in the GIN and btree scans for good. Cannot run inside a transaction.
 */
export async function vacuumSearchTables(db: Database) {
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "SearchDocument", "SearchShingle", "SearchTermVariant", "SearchLexeme"`);
}
