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

export async function openAdapter(target: DatabaseTarget): Promise<OpenedAdapter> {
  if (target.engine === "postgresql") {
    const pool = new pg.Pool({ connectionString: target.url });
    // An idle pooled connection that PostgreSQL ends (a restart, pg_terminate_backend, DROP DATABASE … FORCE) is
    // reported as a pool "error" event; with no listener Node throws it and the process dies. The pool has already
    // discarded that connection and the next query opens a new one, so a warning is all it needs.
    pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    const factory = new PostgresAdapterFactory(pool);
    return { factory, close: () => factory.end() };
  }
  const pglite = await openPGlite(target.dataDir);
  return { factory: new PGliteAdapterFactory(pglite), close: () => pglite.close() };
}

/** Host and database name only: never the credentials. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === "pglite") return `PGlite (${target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL (${url.host}${url.pathname})`;
}
