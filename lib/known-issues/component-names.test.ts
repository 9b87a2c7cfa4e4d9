import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { useAsAppDatabase } from "@/lib/db/testing/use-as-app-database";
import { PAGE_CACHE_RUNTIME } from "@/lib/page-cache/note-content-version";
import { runSeed } from "@/lib/seed/run-seed";

import { knownIssueComponentNames } from "./component-names";

const registry = globalThis as Record<symbol, unknown>;
let test: TestDatabase;
let version = 1;

beforeAll(async () => {
  test = await createTestDatabase("pglite");
  await runSeed(test.db);
  useAsAppDatabase(test);
});
afterAll(async () => {
  delete registry[PAGE_CACHE_RUNTIME];
  await test?.close();
});

/** A component added to a known issue behind the portal's back: only a new content version may show it. */
async function addComponent(name: string) {
  const issue = await test.db.knownIssue.findFirstOrThrow({ orderBy: { slug: "asc" } });
  await test.db.knownIssue.update({
    where: { id: issue.id },
    data: { componentNames: [...issue.componentNames, name] },
  });
}

describe("the component filter's suggestions", () => {
  it("are every known issue's components, once each and sorted", async () => {
    const names = await knownIssueComponentNames();
    expect(names).toContain("mcp-remote");
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("are read once per content version in a server, and again when the content changes", async () => {
    registry[PAGE_CACHE_RUNTIME] = { currentVersion: async () => version };
    const first = await knownIssueComponentNames();
    await addComponent("zz-added-after-the-first-read");
    expect(await knownIssueComponentNames()).toEqual(first);
    version += 1;
    expect(await knownIssueComponentNames()).toContain("zz-added-after-the-first-read");
  });

  it("are read from the database every time outside a server, where nothing is cached", async () => {
    delete registry[PAGE_CACHE_RUNTIME];
    await addComponent("zz-added-without-a-server");
    expect(await knownIssueComponentNames()).toContain("zz-added-without-a-server");
  });
});
