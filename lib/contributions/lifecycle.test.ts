import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/roles";
import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { AppError } from "@/lib/errors";
import { executeMutation } from "@/lib/mutations/define-mutation";
import { runSearch } from "@/lib/search/run-search";
import { runSeed } from "@/lib/seed/run-seed";

import {
  createContribution,
  reportContribution,
  reviewContribution,
  updateContribution,
  voteContribution,
} from "./mutations";
import { as, createTestPeople } from "./test-people";

const tool = {
  kind: "DIAGNOSTIC_TOOL",
  title: "Probe protected resource metadata with mcp-probe",
  categorySlug: "ai-agent-authentication-failures",
  body: "Fetches `/.well-known/oauth-protected-resource` and checks that `resource` matches the server URL.",
  runbookNodes: [],
  name: "mcp-probe",
  homepage: "https://github.com/example/mcp-probe",
  license: "Apache-2.0",
  checks: "Protected resource metadata, authorization server discovery and the WWW-Authenticate header.",
  install: "npm install -g mcp-probe",
  usage: "mcp-probe https://mcp.example.org/mcp",
};

describe.each(testEngines)("contribution lifecycle on %s", (engine) => {
  let test: TestDatabase;
  let author: SessionUser;
  let moderator: SessionUser;
  let reader: SessionUser;
  const countRows = async () => ({
    contributions: await test.db.contribution.count(),
    revisions: await test.db.contributionRevision.count(),
  });

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
    ({ author, moderator, reader } = await createTestPeople(test.db));
  });
  afterAll(() => test.close());

  it("goes draft → submitted → changes requested → resubmitted → approved, searchable once approved", async () => {
    const draft = await executeMutation(test.db, createContribution, { ...tool, intent: "draft" }, as(author));
    expect(draft).toMatchObject({ status: "DRAFT", version: 1 });
    const submitted = await executeMutation(
      test.db,
      updateContribution,
      { ...tool, id: draft.id, baseVersion: 1, intent: "submit" },
      as(author),
    );
    expect(submitted).toMatchObject({ status: "SUBMITTED", version: 2 });
    await executeMutation(
      test.db,
      reviewContribution,
      { id: draft.id, baseVersion: 2, decision: "request-changes", note: "Name the SDK versions you tried." },
      as(moderator),
    );
    const search = () => runSearch(test.db, { q: "mcp-probe protected resource metadata", limit: 10 });
    expect((await search()).hits.map((h) => h.id)).not.toContain(`contribution:${draft.id}`);
    await executeMutation(
      test.db,
      updateContribution,
      {
        ...tool,
        body: `${tool.body} Tried with the TypeScript SDK 1.24.`,
        id: draft.id,
        baseVersion: 2,
        intent: "submit",
      },
      as(author),
    );
    await executeMutation(
      test.db,
      reviewContribution,
      { id: draft.id, baseVersion: 3, decision: "approve" },
      as(moderator),
    );
    const row = await test.db.contribution.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "APPROVED", publishedRevision: 3, reviewNote: null });
    expect((await search()).hits.map((h) => h.id)).toContain(`contribution:${draft.id}`);
    expect(await test.db.auditEntry.count({ where: { targetId: draft.id } })).toBe(2);
  });

  it("refuses a stale edit and writes nothing", async () => {
    const { id } = await executeMutation(test.db, createContribution, { ...tool, intent: "submit" }, as(author));
    await executeMutation(test.db, updateContribution, { ...tool, id, baseVersion: 1, intent: "submit" }, as(author));
    const before = await countRows();
    const stale = executeMutation(
      test.db,
      updateContribution,
      { ...tool, title: "A title from an old tab", id, baseVersion: 1, intent: "submit" },
      as(author),
    );
    await expect(stale).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/version 1, it is now version 2/),
    });
    expect(await countRows()).toEqual(before);
  });

  it("rejects unknown categories and runbook steps, and leaves no half-written contribution", async () => {
    const before = await countRows();
    await expect(
      executeMutation(
        test.db,
        createContribution,
        { ...tool, runbookNodes: ["token-expiration-issues/no-such-step"] },
        as(author),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/do not exist/) });
    await expect(
      executeMutation(test.db, createContribution, { ...tool, categorySlug: "not-a-category" }, as(author)),
    ).rejects.toBeInstanceOf(AppError);
    expect(await countRows()).toEqual(before);
  });

  it("a report sends a published contribution back to the queue; rejecting it unpublishes it", async () => {
    const { id } = await executeMutation(test.db, createContribution, { ...tool, intent: "submit" }, as(author));
    await executeMutation(test.db, reviewContribution, { id, baseVersion: 1, decision: "approve" }, as(moderator));
    expect(await executeMutation(test.db, voteContribution, { id }, as(reader))).toEqual({ voted: true, count: 1 });
    await executeMutation(test.db, reportContribution, { id, reason: "The homepage is a typosquat." }, as(reader));
    await executeMutation(
      test.db,
      reviewContribution,
      { id, baseVersion: 1, decision: "reject", note: "The homepage is not the tool's." },
      as(moderator),
    );
    const row = await test.db.contribution.findUniqueOrThrow({ where: { id }, include: { reports: true } });
    expect(row).toMatchObject({ status: "REJECTED", publishedRevision: null });
    expect(row.reports.every((r) => r.resolvedAt !== null)).toBe(true);
    expect(await test.db.searchDocument.count({ where: { id: `contribution:${id}` } })).toBe(0);
  });

  it("an approved known issue becomes a known-issue record, found by its error, kept by a re-seed, removed on rejection", async () => {
    const knownIssue = {
      kind: "KNOWN_ISSUE",
      title: "Gateway strips the resource parameter from token requests",
      categorySlug: "integration-security-problems",
      body: "Every tool call fails with 401 after the gateway upgrade, although the token looks valid.",
      runbookNodes: [],
      errorSignatures: "invalid_target: The requested resource is not valid for this client (gw-7731)",
      severity: "high",
      components: "gateway: Example MCP Gateway 2.3\nsdk: MCP TypeScript SDK 1.24",
      rootCause: "The gateway rebuilds the token request and drops the RFC 8707 resource parameter.",
      resolution: "Upgrade the gateway to 2.4\nOr configure it to pass resource through",
      references: "https://datatracker.ietf.org/doc/html/rfc8707",
      intent: "submit",
    };
    const { id } = await executeMutation(test.db, createContribution, knownIssue, as(author));
    await executeMutation(test.db, reviewContribution, { id, baseVersion: 1, decision: "approve" }, as(moderator));
    const row = await test.db.knownIssue.findUniqueOrThrow({ where: { contributionId: id } });
    expect(row).toMatchObject({
      severity: "HIGH",
      status: "OPEN",
      componentNames: ["Example MCP Gateway 2.3", "MCP TypeScript SDK 1.24"],
    });
    const pasted =
      "ERROR 2026-11-30T10:00:00Z invalid_target: The requested resource is not valid for this client (gw-9120)";
    const found = async () => (await runSearch(test.db, { q: pasted, limit: 3 })).hits.map((h) => h.url);
    expect(await found()).toContain(`/known-issues/${row.slug}`);
    await runSeed(test.db);
    expect(await test.db.knownIssue.count({ where: { contributionId: id } })).toBe(1);
    expect(await found()).toContain(`/known-issues/${row.slug}`);
    await executeMutation(test.db, reportContribution, { id, reason: "The gateway version is wrong." }, as(reader));
    await executeMutation(
      test.db,
      reviewContribution,
      { id, baseVersion: 1, decision: "reject", note: "Could not reproduce with 2.3." },
      as(moderator),
    );
    expect(await test.db.knownIssue.count({ where: { contributionId: id } })).toBe(0);
    expect(await found()).not.toContain(`/known-issues/${row.slug}`);
  });
});
