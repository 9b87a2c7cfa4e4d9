import { randomBytes } from "node:crypto";

import pg from "pg";

import { createDatabase, type DatabaseHandle } from "../create-client";
import { openAdapter, type DatabaseTarget } from "../engine";
import { applyMigrations } from "../migrations/apply-migrations";

// Integration tests run on real databases: an in-memory PGlite always, and PostgreSQL too when
// TEST_DATABASE_URL names a server where the user may create databases (CI sets it).

export type TestEngine = "pglite" | "postgresql";

export const testEngines: TestEngine[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];

export interface TestDatabase extends DatabaseHandle {
  target: DatabaseTarget;
}

/** A new, empty database of the given engine; PostgreSQL ones get a unique name and are dropped on close. */
export async function createEmptyTestDatabase(
  engine: TestEngine,
): Promise<DatabaseTarget & { drop: () => Promise<void> }> {
  if (engine === "pglite") return { engine, dataDir: "memory://", drop: async () => {} };
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    drop: () => dropTestDatabase(adminUrl, name),
  };
}

// DROP DATABASE … WITH (FORCE) refuses outright when an autovacuum worker is in the database: that process has
// no role a non-superuser may signal (CI's user is one), so CI failed on whichever test file autovacuum visited.
// End our own sessions instead and let a plain DROP cancel autovacuum itself, retrying while sessions linger.
async function dropTestDatabase(adminUrl: string, name: string, attempts = 3): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    for (let attempt = 1; ; attempt++) {
      await client.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()",
        [name],
      );
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        const objectInUse = (error as { code?: string }).code === "55006";
        if (!objectInUse || attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  });
}

/** A migrated database with a Prisma client on it. One per test file: creating one costs seconds. */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  const { drop, ...target } = await createEmptyTestDatabase(engine);
  if (target.engine === "pglite") {
    // In-memory PGlite lives only as long as its instance: migrate and query through the same one.
    const handle = await createDatabase(target);
    const { factory } = handle;
    await applyMigrations(factory);
    return { ...handle, target };
  }
  const opened = await openAdapter(target);
  await applyMigrations(opened.factory);
  await opened.close();
  const handle = await createDatabase(target);
  return {
    ...handle,
    target,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

/** Runs `run` on a fresh connection to the server at `url` (TEST_DATABASE_URL: outside any test database). */
export async function withAdmin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
