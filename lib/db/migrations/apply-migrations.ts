import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import { readMigrationsFolder, readSchema } from "./migrations-folder";
import { noFilters, startSchemaEngine } from "./schema-engine";

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface ApplyResult {
  applied: string[];
  total: number;
}

/**
 * Applies pending migrations, as `prisma migrate deploy` would, and writes the same `_prisma_migrations`
 * rows, so the stock CLI can take over the database at any time. Refuses to run over a failed or edited
 * migration: both need a person to decide.
 */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir?: string,
): Promise<ApplyResult> {
  const migrationsList = await readMigrationsFolder(migrationsDir);
  const engine = await startSchemaEngine(factory, await readSchema());
  try {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    if (diagnosis.failedMigrationNames.length > 0) {
      throw new MigrationError(
        `Migration ${diagnosis.failedMigrationNames.join(", ")} failed earlier and was left half-applied. ` +
          "Fix the database by hand, then mark it rolled back (prisma migrate resolve) before running db:migrate again.",
      );
    }
    if (diagnosis.editedMigrationNames.length > 0) {
      throw new MigrationError(
        `Migration ${diagnosis.editedMigrationNames.join(", ")} was edited after it was applied. ` +
          "Restore the applied file and put the change in a new migration (npm run db:migration -- <name>).",
      );
    }
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return { applied: appliedMigrationNames, total: migrationsList.migrationDirectories.length };
  } finally {
    engine.free();
  }
}
