import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

/**
 * @prisma/adapter-pg 7.10 runs a migration script by splitting it on ";", which breaks any migration
 * with a function body or a semicolon in a string ("unterminated dollar-quoted string"). The stock CLI
 * sends such scripts whole, so this factory does too: one simple-protocol query, which PostgreSQL also
 * runs atomically. Everything else is the stock adapter.
 */
export class PostgresAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pg-whole-scripts";
  private readonly inner: PrismaPg;

  constructor(private readonly pool: pg.Pool) {
    this.inner = new PrismaPg(pool);
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    adapter.executeScript = async (script: string) => {
      await this.pool.query(script);
    };
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    // Migrations are created against in-memory PGlite (lib/db/migrations/create-migration.ts): a
    // PostgreSQL shadow database is never needed, and adapter-pg's one is unsafe (it can hit the main one).
    throw new Error("A PostgreSQL shadow database is not supported: create migrations with npm run db:migration.");
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
