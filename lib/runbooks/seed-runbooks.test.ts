import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { runSeed } from "@/lib/seed/run-seed";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { runbookDefinitionSchema } from "./schemas";

async function contentWith(file: string, edit: (text: string) => string) {
  const dir = await mkdtemp(path.join(tmpdir(), "content-"));
  await cp(CONTENT_DIR, dir, { recursive: true });
  const target = path.join(dir, "runbooks", file);
  await writeFile(target, edit(await readFile(target, "utf8")));
  return dir;
}

describe.each(testEngines)("runbook seed on %s", (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
  });
  afterAll(() => test.close());

  it("loads one runbook per category at version 1, each attached to its category and valid as stored", async () => {
    const taxonomy = await loadContentFile(path.join(CONTENT_DIR, "taxonomy.yaml"), taxonomyFileSchema);
    const categories = taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug));
    const runbooks = await test.db.runbook.findMany({ include: { category: true } });
    expect(runbooks.map((r) => r.slug).sort()).toEqual(categories.sort());
    for (const runbook of runbooks) {
      expect(runbook.version).toBe(1);
      expect(runbook.category.slug).toBe(runbook.slug);
      expect(runbookDefinitionSchema.safeParse(runbook.definition).success).toBe(true);
    }
  });

  it("bumps the version of exactly the runbook whose file changed", async () => {
    const dir = await contentWith("rate-limiting-problems.yaml", (text) =>
      text.replace(/^title: .*$/m, "title: Rate limiting runbook, revised"),
    );
    expect(await runSeed(test.db, dir)).toMatchObject({ updated: 1, created: 0 });
    const revised = await test.db.runbook.findUniqueOrThrow({ where: { slug: "rate-limiting-problems" } });
    expect(revised).toMatchObject({ version: 2, title: "Rate limiting runbook, revised" });
    expect(await runSeed(test.db, dir)).toMatchObject({ updated: 0, created: 0 });
    expect((await test.db.runbook.findUniqueOrThrow({ where: { slug: "rate-limiting-problems" } })).version).toBe(2);
  });

  it("refuses a runbook with a dangling answer, naming file and node, and writes nothing", async () => {
    const before = await test.db.runbook.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } });
    const dir = await contentWith("monitoring-overhead.yaml", (text) =>
      text.replace(/(\n\s+next: )([a-z0-9-]+)/, "$1no-such-node"),
    );
    await expect(runSeed(test.db, dir)).rejects.toThrow(
      /prisma\/content\/runbooks\/monitoring-overhead\.yaml|monitoring-overhead\.yaml: node "[a-z0-9-]+": answer "[a-z0-9-]+" leads to "no-such-node", which does not exist/,
    );
    const after = await test.db.runbook.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } });
    expect(after).toEqual(before);
  });
});
