import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

import { getEnv } from "@/lib/env";

import { openPGlite, PGliteAdapterFactory } from "./pglite";
import { PostgresAdapterFactory } from "./postgres";

// The one place that decides which database engine the portal talks to.
// DATABASE_URL set → PostgreSQL (production, several app instances); otherwise the embedded PGlite folder.

export type DatabaseTarget = { engine: "postgresql"; url: string } | { engine: "pglite"; dataDir: string };

export function resolveDatabaseTarget(env = getEnv()): DatabaseTarget {
  return env.DATABASE_URL
    ? { engine: "postgresql", url: env.DATABASE_URL }
    : { engine: "pglite", dataDir: env.PGLITE_DIR };
}

export interface OpenedAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Releases the engine (closes PGlite so its folder is consistent on disk). */
  close: () => Promise<void>;
}

/**
 * Session settings every connection gets. Search relies on pg_trgm's word-similarity operators, whose
 * threshold is a session setting: setting it per connection spares a transaction per search.
 */
export const SESSION_SETTINGS = { "pg_trgm.word_similarity_threshold": "0.4" } as const;

export async function openAdapter(target: DatabaseTarget): Promise<OpenedAdapter> {
  if (target.engine === "postgresql") {
    const options = Object.entries(SESSION_SETTINGS)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(" ");
    const factory = new PostgresAdapterFactory(new pg.Pool({ connectionString: target.url, options }));
    return { factory, close: () => factory.end() };
  }
  const pglite = await openPGlite(target.dataDir);
  for (const [name, value] of Object.entries(SESSION_SETTINGS)) await pglite.exec(`SET ${name} = '${value}'`);
  return { factory: new PGliteAdapterFactory(pglite), close: () => pglite.close() };
}

/** Host and database name only: never the credentials. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === "pglite") return `PGlite (${target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL (${url.host}${url.pathname})`;
}
