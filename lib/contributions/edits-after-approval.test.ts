import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/roles";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { executeMutation } from "@/lib/mutations/define-mutation";
import { runSeed } from "@/lib/seed/run-seed";

import { contributionsForRunbook } from "./contributions-for-runbook";
import { createContribution, reviewContribution, updateContribution } from "./mutations";
import { listPublishedForCategory } from "./queries";
import { as, createTestPeople } from "./test-people";

describe("an edit to an approved contribution", () => {
  let test: TestDatabase;
  let author: SessionUser;
  let moderator: SessionUser;
  beforeAll(async () => {
    test = await createTestDatabase("pglite");
    await runSeed(test.db);
    ({ author, moderator } = await createTestPeople(test.db));
  });
  afterAll(() => test.close());

  const approved = {
    kind: "COMMON_SOLUTION" as const,
    title: "Back off on 429 with the Retry-After seconds",
    categorySlug: "rate-limiting-problems",
    body: "Read Retry-After and wait that long before the next call.",
    runbookNodes: ["rate-limiting-problems/fix-client-backoff"],
    problem: "Agents retry at once and stay limited.",
  };

  it("changes nothing public lists show until a moderator approves it", async () => {
    const { id } = await executeMutation(test.db, createContribution, { ...approved, intent: "submit" }, as(author));
    await executeMutation(test.db, reviewContribution, { id, baseVersion: 1, decision: "approve" }, as(moderator));
    const publicView = async () => ({
      rateLimiting: (await listPublishedForCategory("rate-limiting-problems", test.db)).map((c) => c.title),
      tokens: (await listPublishedForCategory("token-expiration-issues", test.db)).map((c) => c.title),
      steps: await contributionsForRunbook("rate-limiting-problems", test.db),
    });
    const before = await publicView();
    expect(before.rateLimiting).toContain(approved.title);
    expect(before.steps["fix-client-backoff"]).toEqual([{ id, title: approved.title }]);

    const edited = {
      ...approved,
      title: "Buy this totally unrelated product",
      categorySlug: "token-expiration-issues",
      runbookNodes: [],
      id,
      baseVersion: 1,
      intent: "submit" as const,
    };
    await executeMutation(test.db, updateContribution, edited, as(author));
    expect(await publicView()).toEqual(before);

    await executeMutation(test.db, reviewContribution, { id, baseVersion: 2, decision: "approve" }, as(moderator));
    const after = await publicView();
    expect(after.rateLimiting).not.toContain(approved.title);
    expect(after.tokens).toContain(edited.title);
    expect(after.steps["fix-client-backoff"]).toBeUndefined();
  });
});
