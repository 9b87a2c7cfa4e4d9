import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { useAsAppDatabase } from "@/lib/db/testing/use-as-app-database";
import { runSeed } from "@/lib/seed/run-seed";

import { KNOWN_ISSUES_PAGE_SIZE } from "./list-filters";
import { listKnownIssues } from "./list-known-issues";

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase("pglite");
  await runSeed(test.db);
  useAsAppDatabase(test);
});
afterAll(() => test?.close());

const SEVERITY_RANK = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

describe("the known-issue list, a page at a time", () => {
  it("splits every issue over pages in one order, most severe first, none twice and none left out", async () => {
    const first = await listKnownIssues({});
    expect(first.total).toBe(await test.db.knownIssue.count());
    expect(first.issues).toHaveLength(KNOWN_ISSUES_PAGE_SIZE);
    const pages = [first.issues];
    for (let page = 2; page <= first.pageCount; page++) pages.push((await listKnownIssues({ page })).issues);
    const all = pages.flat();
    expect(new Set(all.map((issue) => issue.slug)).size).toBe(first.total);
    const ranks = all.map((issue) => SEVERITY_RANK[issue.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("shows the last page for a page past the end, and counts only what the filters keep", async () => {
    const { pageCount } = await listKnownIssues({});
    const past = await listKnownIssues({ page: pageCount + 5 });
    expect(past.page).toBe(pageCount);
    expect(past.first).toBe((pageCount - 1) * KNOWN_ISSUES_PAGE_SIZE + 1);
    const filtered = await listKnownIssues({ category: "token-expiration-issues" });
    expect(filtered.total).toBe(
      await test.db.knownIssue.count({ where: { category: { slug: "token-expiration-issues" } } }),
    );
    expect(filtered.issues.every((issue) => issue.category.slug === "token-expiration-issues")).toBe(true);
  });
});
