import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";

import type { SessionUser } from "@/lib/auth/roles";
import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { executeMutation } from "@/lib/mutations/define-mutation";
import { runbookDefinitionSchema } from "@/lib/runbooks/schemas";
import { runSeed } from "@/lib/seed/run-seed";

import { createContribution, reviewContribution } from "./mutations";
import { as, createTestPeople } from "./test-people";

// Two moderators acting at the same moment. On PGlite, transactions run one after the other (one
// session); on PostgreSQL they really overlap, which is where these races lived.

const slug = "rate-limiting-problems";

describe.each(testEngines)("reviews at the same moment on %s", (engine) => {
  let test: TestDatabase;
  let author: SessionUser;
  let reader: SessionUser;
  let moderator: SessionUser;
  let secondModerator: SessionUser;

  const served = async () => {
    const row = await test.db.runbook.findUniqueOrThrow({ where: { slug } });
    return { version: row.version, definition: runbookDefinitionSchema.parse(row.definition) };
  };
  const approve = (id: string, by: SessionUser) =>
    executeMutation(test.db, reviewContribution, { id, baseVersion: 1, decision: "approve" }, as(by));

  /** A change that renames one existing step: two of them on different steps never conflict. */
  const renameStep = async (stepId: string, title: string, by: SessionUser) => {
    const node = (await served()).definition.nodes.find((n) => n.id === stepId)!;
    return executeMutation(
      test.db,
      createContribution,
      {
        kind: "RUNBOOK_CHANGE",
        title: `Clearer title for ${stepId}`,
        categorySlug: slug,
        body: "The current title does not say what the step checks.",
        runbookNodes: [],
        proposal: stringify([{ ...node, title }]),
        removeSteps: [],
        intent: "submit",
      },
      as(by),
    );
  };

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
    ({ author, moderator, reader } = await createTestPeople(test.db));
    const row = await test.db.user.create({
      data: { name: "second", email: "second@test.invalid", role: "MODERATOR" },
    });
    secondModerator = { id: row.id, name: "second", role: "MODERATOR" };
  });
  afterAll(() => test.close());

  it("lets only one of two moderators decide the same version; the other is told to reload", async () => {
    const created = await executeMutation(
      test.db,
      createContribution,
      {
        kind: "COMMON_SOLUTION",
        title: "Raise the limiter's burst for agents",
        categorySlug: slug,
        body: "Agents send bursts of tool calls; a token bucket with a burst of 20 absorbs them.",
        runbookNodes: [],
        problem: "Agents get 429 on bursts although their hourly volume is low.",
        intent: "submit",
      },
      as(author),
    );
    const results = await Promise.allSettled([approve(created.id, moderator), approve(created.id, secondModerator)]);
    const refused = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/reload/i),
    });
    expect(await test.db.auditEntry.count({ where: { action: "contribution.approve", targetId: created.id } })).toBe(1);
  });

  it("keeps both of two runbook changes approved at the same moment in the served runbook", async () => {
    for (let round = 0; round < 3; round++) {
      const { version } = await served();
      const first = await renameStep("fix-client-backoff", `Back off with jitter (${round})`, author);
      const second = await renameStep("fix-upstream-quota", `Stay under the upstream quota (${round})`, reader);
      const results = await Promise.allSettled([approve(first.id, moderator), approve(second.id, secondModerator)]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const after = await served();
      const titles = Object.fromEntries(after.definition.nodes.map((n) => [n.id, n.title]));
      expect(titles["fix-client-backoff"]).toBe(`Back off with jitter (${round})`);
      expect(titles["fix-upstream-quota"]).toBe(`Stay under the upstream quota (${round})`);
      expect(after.version).toBe(version + 2);
    }
  });
});
