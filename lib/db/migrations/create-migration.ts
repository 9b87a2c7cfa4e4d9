import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { openPGlite, PGliteAdapterFactory } from "../pglite";

import { MIGRATIONS_DIR, readMigrationsFolder, readSchema } from "./migrations-folder";
import { noFilters, startSchemaEngine } from "./schema-engine";

const EMPTY_MIGRATION = "-- This is an empty migration.";
const DESTRUCTIVE = /\b(DROP\s+(TABLE|COLUMN|TYPE|INDEX)|ALTER\s+TYPE|ALTER\s+COLUMN\s+\S+\s+(SET DATA\s+)?TYPE)\b/i;

export type CreateMigrationResult =
  { status: "unchanged" } | { status: "created"; folder: string; sql: string; warnings: string[] };

/** `YYYYMMDDHHMMSS_name` in UTC, the layout `prisma migrate dev` writes. */
export function migrationFolderName(name: string, now = new Date()): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug)
    throw new Error("A migration needs a name of letters or digits, e.g. `npm run db:migration -- add_votes`.");
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${slug}`;
}

/**
 * Writes a new migration with the SQL that takes the existing migrations to schema.prisma. The diff runs
 * against in-memory PGlite databases only, so no real database, server or download is needed.
 */
export async function createMigration(
  name: string,
  options: { migrationsDir?: string; schemaPath?: string; now?: Date } = {},
): Promise<CreateMigrationResult> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const folder = migrationFolderName(name, options.now);
  const scratch = await openPGlite("memory://");
  const engine = await startSchemaEngine(new PGliteAdapterFactory(scratch), await readSchema(options.schemaPath));
  try {
    const migrationsList = await readMigrationsFolder(migrationsDir);
    const { stdout } = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [await readSchema(options.schemaPath)] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = stdout ?? "";
    if (sql.trim() === "" || sql.trim() === EMPTY_MIGRATION) return { status: "unchanged" };
    await mkdir(path.join(migrationsDir, folder));
    await writeFile(path.join(migrationsDir, folder, "migration.sql"), sql);
    const warnings = sql
      .split("\n")
      .filter((line) => DESTRUCTIVE.test(line))
      .map((line) => `May lose data: ${line.trim()}`);
    return { status: "created", folder, sql, warnings };
  } finally {
    engine.free();
    await scratch.close();
  }
}
