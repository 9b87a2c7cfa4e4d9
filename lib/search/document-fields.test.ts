import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { countRawQueries } from "@/lib/db/testing/count-raw-queries";
import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { runSeed } from "@/lib/seed/run-seed";

import { documentFieldsAt } from "./document-fields";

describe.each(testEngines)("search document fields kept per content version on %s", (engine) => {
  let test: TestDatabase;
  let knownIssueId: string;
  let stepId: string;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
    const issue = await test.db.searchDocument.findFirstOrThrow({
      where: { type: "KNOWN_ISSUE" },
      orderBy: { id: "asc" },
    });
    const step = await test.db.searchDocument.findFirstOrThrow({
      where: { type: "RUNBOOK_NODE" },
      orderBy: { id: "asc" },
    });
    knownIssueId = issue.id;
    stepId = step.id;
  });
  afterAll(() => test.close());

  it("gives what a hit shows: the category's title, a snippet source, a known issue's runbook steps", async () => {
    const fields = await documentFieldsAt(test.db, [knownIssueId, stepId, "known-issue:no-such-issue"], null);
    expect([...fields.keys()].sort()).toEqual([knownIssueId, stepId].sort());
    const issue = fields.get(knownIssueId)!;
    expect(issue.type).toBe("KNOWN_ISSUE");
    expect(issue.categoryTitle).toBeTruthy();
    expect(issue.runbookNodes.length).toBeGreaterThan(0);
    expect(issue.text.length).toBeGreaterThan(0);
    expect(issue.text.length).toBeLessThanOrEqual(1500);
    expect(fields.get(stepId)!.runbookNodes).toEqual([]);
  });

  it("reads a document once per content version, and what changed at the next one", async () => {
    const { db, counter } = countRawQueries(test.db);
    const before = (await documentFieldsAt(db, [stepId], 1)).get(stepId)!;
    await documentFieldsAt(db, [stepId], 1);
    expect(counter.queries).toBe(1);
    await test.db.searchDocument.update({ where: { id: stepId }, data: { title: "A retitled step" } });
    try {
      expect((await documentFieldsAt(db, [stepId], 1)).get(stepId)!.title).toBe(before.title);
      expect((await documentFieldsAt(db, [stepId], 2)).get(stepId)!.title).toBe("A retitled step");
      expect(counter.queries).toBe(2);
    } finally {
      await test.db.searchDocument.update({ where: { id: stepId }, data: { title: before.title } });
    }
  });

  it("never reuses a document read without a version", async () => {
    const { db, counter } = countRawQueries(test.db);
    await documentFieldsAt(db, [stepId], null);
    await documentFieldsAt(db, [stepId], null);
    expect(counter.queries).toBe(2);
  });
});
