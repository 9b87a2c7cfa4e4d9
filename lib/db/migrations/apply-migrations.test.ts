import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openAdapter, type OpenedAdapter } from "../engine";
import { createEmptyTestDatabase, testEngines } from "../testing/test-database";

import { applyMigrations, MigrationError } from "./apply-migrations";
import { MIGRATIONS_DIR, readMigrationsFolder } from "./migrations-folder";

describe.each(testEngines)("applyMigrations on %s", (engine) => {
  let opened: OpenedAdapter;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const { drop: dropDb, ...target } = await createEmptyTestDatabase(engine);
    drop = dropDb;
    opened = await openAdapter(target);
  });
  afterAll(async () => {
    await opened.close();
    await drop();
  });

  it("applies every migration to an empty database, then nothing the second time", async () => {
    const { migrationDirectories } = await readMigrationsFolder();
    const first = await applyMigrations(opened.factory);
    expect(first.applied).toEqual(migrationDirectories.map((d) => d.path));
    const second = await applyMigrations(opened.factory);
    expect(second.applied).toEqual([]);
    expect(second.total).toBe(migrationDirectories.length);
  });

  it("records migrations as prisma migrate deploy does: name, sha256 checksum, finished", async () => {
    const adapter = await opened.factory.connect();
    const rows = await adapter.queryRaw({
      sql: 'SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name',
      args: [],
      argTypes: [],
    });
    const { migrationDirectories } = await readMigrationsFolder();
    const expected = await Promise.all(
      migrationDirectories.map(async (d) => [
        d.path,
        createHash("sha256")
          .update(await readFile(path.join(MIGRATIONS_DIR, d.path, "migration.sql")))
          .digest("hex"),
        true,
      ]),
    );
    expect(rows.rows).toEqual(expected);
  });

  it("refuses to continue when an applied migration was edited", async () => {
    const edited = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, edited, { recursive: true });
    const [first] = (await readMigrationsFolder(edited)).migrationDirectories;
    await writeFile(path.join(edited, first!.path, "migration.sql"), "-- edited\n", { flag: "a" });
    await expect(applyMigrations(opened.factory, edited)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(opened.factory, edited)).rejects.toThrow(/was edited after it was applied/);
  });
});
