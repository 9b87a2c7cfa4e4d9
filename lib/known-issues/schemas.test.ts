import path from "node:path";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFile } from "node:fs/promises";

import { CONTENT_DIR } from "@/lib/seed/load-content-file";

import { knownIssueFileSchema } from "./schemas";

const sample = async () =>
  parse(
    await readFile(path.join(CONTENT_DIR, "known-issues", "codex-mcp-oauth-stale-refresh-token-reuse.yaml"), "utf8"),
  ) as Record<string, unknown>;

describe("knownIssueFileSchema", () => {
  it("accepts a published issue", async () => {
    expect(knownIssueFileSchema.safeParse(await sample()).success).toBe(true);
  });

  it.each([
    ["revisions", "must list the protocol revisions"],
    ["lastVerified", "must be a date"],
    ["references", ""],
  ])("rejects an issue without %s", async (field, message) => {
    const issue = await sample();
    delete issue[field];
    const result = knownIssueFileSchema.safeParse(issue);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it("rejects an issue whose sources list is empty", async () => {
    const issue = { ...(await sample()), references: [] };
    expect(knownIssueFileSchema.safeParse(issue).error?.issues[0]?.message).toBe("needs at least one public reference");
  });
});
