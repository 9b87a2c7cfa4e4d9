import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";

import type { SessionUser } from "@/lib/auth/roles";
import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { executeMutation } from "@/lib/mutations/define-mutation";
import { runbookDefinitionSchema, type RunbookDefinition, type RunbookNode } from "@/lib/runbooks/schemas";
import { runSearch } from "@/lib/search/run-search";
import { CONTENT_DIR } from "@/lib/seed/load-content-file";
import { runSeed } from "@/lib/seed/run-seed";

import { createContribution, reportContribution, reviewContribution } from "./mutations";
import { as, createTestPeople } from "./test-people";

const slug = "rate-limiting-problems";
const parent = "check-upstream-quota";

/** The parent diagnostic with one more answer, leading to a new resolution step. */
function branch(definition: RunbookDefinition, answerId: string, stepId: string, title: string) {
  const node = definition.nodes.find((n) => n.id === parent) as Extract<RunbookNode, { kind: "diagnostic" }>;
  return stringify([
    { ...node, answers: [...node.answers, { id: answerId, label: `The response says: ${title}`, next: stepId }] },
    {
      id: stepId,
      kind: "resolution",
      revisions: ["2025-11-25", "2026-07-28"],
      title,
      body: "GitHub throttles bursts of content-creating requests separately from the hourly quota.",
      steps: ["Wait for the `retry-after` seconds before the next call.", "Serialise write tools per token."],
      verify: "The tool succeeds after the wait and no 403 follows within the next hour.",
      answers: [{ id: "didnt-help", label: "Didn't help: still throttled after the wait", next: "escalate" }],
    },
  ]);
}

const change = (title: string, proposal: string, removeSteps: string[] = []) => ({
  kind: "RUNBOOK_CHANGE" as const,
  title,
  categorySlug: slug,
  body: "Agents calling GitHub tools hit the secondary rate limit, which the runbook does not tell apart yet.",
  runbookNodes: [],
  proposal,
  removeSteps,
  intent: "submit" as const,
});

describe.each(testEngines)("runbook changes on %s", (engine) => {
  let test: TestDatabase;
  let author: SessionUser;
  let moderator: SessionUser;
  let reader: SessionUser;
  const served = async () => {
    const row = await test.db.runbook.findUniqueOrThrow({ where: { slug } });
    return { version: row.version, definition: runbookDefinitionSchema.parse(row.definition) };
  };
  const stepIds = async () => (await served()).definition.nodes.map((n) => n.id);
  const approve = (id: string, baseVersion = 1) =>
    executeMutation(test.db, reviewContribution, { id, baseVersion, decision: "approve" }, as(moderator));

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
    ({ author, moderator, reader } = await createTestPeople(test.db));
  });
  afterAll(() => test.close());

  it("refuses, when saving, a change the runbook validator rejects, and writes nothing", async () => {
    const before = await test.db.contribution.count();
    const orphan = branch(
      (await served()).definition,
      "secondary",
      "wait-out-secondary-limit",
      "Secondary limit",
    ).split("\n- id: wait-out-secondary-limit")[1]!;
    await expect(
      executeMutation(
        test.db,
        createContribution,
        change("Handle GitHub's secondary rate limit", `- id: wait-out-secondary-limit${orphan}`),
        as(author),
      ),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      details: { fields: { proposal: expect.stringContaining('Step "wait-out-secondary-limit": unreachable') } },
    });
    expect(await test.db.contribution.count()).toBe(before);
  });

  it("applies an approved change to the served runbook, bumps its version, and makes the new step searchable", async () => {
    const { version, definition } = await served();
    const title = "Wait out GitHub's secondary rate limit";
    const created = await executeMutation(
      test.db,
      createContribution,
      change(
        "Handle GitHub's secondary rate limit",
        branch(definition, "secondary", "wait-out-secondary-limit", title),
      ),
      as(author),
    );
    const row = await test.db.contribution.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.runbookNodes).toEqual([`${slug}/${parent}`, `${slug}/wait-out-secondary-limit`]);
    expect(await stepIds()).not.toContain("wait-out-secondary-limit");

    await approve(created.id);
    const after = await served();
    expect(after.version).toBe(version + 1);
    expect(after.definition.nodes.find((n) => n.id === "wait-out-secondary-limit")?.title).toBe(title);
    const hits = await runSearch(test.db, { q: "wait out secondary rate limit", limit: 5 });
    expect(hits.hits.map((h) => h.id)).toContain(`runbook-node:${slug}/wait-out-secondary-limit`);
  });

  it("keeps approved changes through re-seeding, also when the file itself changed", async () => {
    const { version } = await served();
    expect(await runSeed(test.db)).toMatchObject({ updated: 0, skippedChanges: [] });
    expect((await served()).version).toBe(version);

    const dir = await mkdtemp(path.join(tmpdir(), "content-"));
    await cp(CONTENT_DIR, dir, { recursive: true });
    const file = path.join(dir, "runbooks", `${slug}.yaml`);
    await writeFile(file, (await readFile(file, "utf8")).replace("title: Rate limiting runbook", "title: Rate limits"));
    expect(await runSeed(test.db, dir)).toMatchObject({ updated: 1, skippedChanges: [] });
    const after = await served();
    expect(after.version).toBe(version + 1);
    expect(after.definition.title).toBe("Rate limits");
    expect(after.definition.nodes.map((n) => n.id)).toContain("wait-out-secondary-limit");
    await runSeed(test.db);
  });

  it("refuses to approve a change that an approval since has made inapplicable, and leaves the runbook alone", async () => {
    const { definition } = await served();
    const first = await executeMutation(
      test.db,
      createContribution,
      change("Tell abuse detection apart", branch(definition, "abuse", "abuse-detection", "Abuse detection triggered")),
      as(author),
    );
    const second = await executeMutation(
      test.db,
      createContribution,
      change("Tell search limits apart", branch(definition, "search", "search-api-limit", "Search API limit reached")),
      as(reader),
    );
    await approve(first.id);
    const between = await served();
    // The second replaces the parent step as it was before the first: the first's new step loses its way in.
    await expect(approve(second.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining('Step "abuse-detection": unreachable from the root'),
    });
    expect(await served()).toEqual(between);
    expect(await test.db.contribution.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: "SUBMITTED",
      publishedRevision: null,
    });
  });

  it("takes a change back out of the runbook when a report leads to its rejection", async () => {
    const published = await test.db.contribution.findFirstOrThrow({
      where: { kind: "RUNBOOK_CHANGE", title: "Tell abuse detection apart" },
    });
    const { version } = await served();
    await executeMutation(
      test.db,
      reportContribution,
      { id: published.id, reason: "GitHub documents no such abuse detection message." },
      as(reader),
    );
    await executeMutation(
      test.db,
      reviewContribution,
      { id: published.id, baseVersion: 1, decision: "reject", note: "No public source for this message." },
      as(moderator),
    );
    const after = await served();
    expect(after.version).toBe(version + 1);
    expect(after.definition.nodes.map((n) => n.id)).not.toContain("abuse-detection");
    expect(after.definition.nodes.map((n) => n.id)).toContain("wait-out-secondary-limit");
    const hits = await runSearch(test.db, { q: "abuse detection triggered", limit: 10 });
    expect(hits.hits.map((h) => h.id)).not.toContain(`runbook-node:${slug}/abuse-detection`);
  });
});
