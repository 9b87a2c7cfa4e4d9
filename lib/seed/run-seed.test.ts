import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";

import { SEED_PAGE_HEADINGS } from "@/lib/taxonomy/seed-page-headings";

import { CONTENT_DIR, ContentError } from "./load-content-file";
import { runSeed } from "./run-seed";

async function copyOfContent() {
  const dir = await mkdtemp(path.join(tmpdir(), "content-"));
  await cp(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

describe.each(testEngines)("runSeed on %s", (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(() => test.close());

  it("loads the 3 groups and 12 categories of the seed page, in its order, and the 12 runbooks", async () => {
    const counts = await runSeed(test.db);
    expect(counts.updated).toBe(0);
    expect(counts.unchanged).toBe(0);
    expect(counts.created).toBe(15 + 12 + (await test.db.knownIssue.count()));
    expect(await test.db.knownIssue.count()).toBeGreaterThanOrEqual(40);
    const groups = await test.db.categoryGroup.findMany({
      orderBy: { position: "asc" },
      include: { categories: { orderBy: { position: "asc" } } },
    });
    expect(Object.fromEntries(groups.map((g) => [g.title, g.categories.map((c) => c.title)]))).toEqual(
      SEED_PAGE_HEADINGS,
    );
    for (const category of groups.flatMap((g) => g.categories)) {
      expect(category.summary.length).toBeGreaterThan(200);
      expect(category.symptoms.length).toBeGreaterThanOrEqual(5);
    }
  });

  it("changes nothing when run a second time, not even updatedAt, search documents included", async () => {
    const before = await test.db.category.findMany({
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    });
    const searchBefore = await test.db.searchDocument.findMany({
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    const again = await runSeed(test.db);
    expect(again).toMatchObject({ created: 0, updated: 0 });
    const searchAfter = await test.db.searchDocument.findMany({
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    expect(searchAfter).toEqual(searchBefore);
    const after = await test.db.category.findMany({
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    });
    expect(after).toEqual(before);
  });

  it("updates exactly the row whose file entry was edited", async () => {
    const dir = await copyOfContent();
    const file = path.join(dir, "taxonomy.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("Resolving access control problems", "Resolving access-control problems"));
    expect(await runSeed(test.db, dir)).toMatchObject({ created: 0, updated: 1 });
    const category = await test.db.category.findUniqueOrThrow({ where: { slug: "permission-denied-errors" } });
    expect(category.tagline).toBe("Resolving access-control problems");
    await runSeed(test.db);
  });

  it("rejects an invalid file with its path and the field at fault, and writes nothing", async () => {
    const dir = await copyOfContent();
    const file = path.join(dir, "taxonomy.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(
      file,
      text
        .replace("Diagnosing agent authentication issues", "Changed before the failure")
        .replace("slug: monitoring-overhead", "slug: Monitoring Overhead"),
    );
    const seeding = runSeed(test.db, dir);
    await expect(seeding).rejects.toThrow(ContentError);
    await expect(runSeed(test.db, dir)).rejects.toThrow(
      /taxonomy\.yaml: groups\.1\.categories\.1\.slug must be lowercase words joined by hyphens/,
    );
    const untouched = await test.db.category.findUniqueOrThrow({ where: { slug: "ai-agent-authentication-failures" } });
    expect(untouched.tagline).toBe("Diagnosing agent authentication issues");
  });
});
