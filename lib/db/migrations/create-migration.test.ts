import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { createMigration, migrationFolderName } from "./create-migration";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./migrations-folder";

async function scratchProject() {
  const dir = await mkdtemp(path.join(tmpdir(), "prisma-"));
  const migrationsDir = path.join(dir, "migrations");
  await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
  const schemaPath = path.join(dir, "schema.prisma");
  await cp(SCHEMA_PATH, schemaPath);
  return { migrationsDir, schemaPath };
}

describe("migrationFolderName", () => {
  it("uses the UTC timestamp layout of prisma migrate dev and a snake_case name", () => {
    expect(migrationFolderName("Add votes!", new Date("2026-11-25T09:08:07Z"))).toBe("20261125090807_add_votes");
  });

  it("refuses a name with no letters or digits", () => {
    expect(() => migrationFolderName(" -- ")).toThrow(/needs a name/);
  });
});

describe("createMigration", () => {
  it("reports that the committed migrations already match schema.prisma", async () => {
    const project = await scratchProject();
    expect(await createMigration("noop", project)).toEqual({ status: "unchanged" });
    expect(await readdir(project.migrationsDir)).toEqual(await readdir(MIGRATIONS_DIR));
  });

  it("writes the SQL for a schema change, and warns when the change drops data", async () => {
    const project = await scratchProject();
    const schema = await readFile(project.schemaPath, "utf8");
    await writeFile(project.schemaPath, `${schema}\nmodel Probe {\n  id String @id\n}\n`);
    const created = await createMigration("add probe", { ...project, now: new Date("2030-01-02T03:04:05Z") });
    expect(created).toMatchObject({ status: "created", folder: "20300102030405_add_probe", warnings: [] });
    const sql = await readFile(path.join(project.migrationsDir, "20300102030405_add_probe", "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Probe"');

    await writeFile(project.schemaPath, schema);
    const dropped = await createMigration("drop probe", { ...project, now: new Date("2030-01-02T03:04:06Z") });
    expect(dropped.status).toBe("created");
    expect(dropped.status === "created" && dropped.warnings.join("\n")).toMatch(/May lose data: DROP TABLE "Probe"/);
  });
});
