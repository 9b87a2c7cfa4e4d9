import path from "node:path";

import { describe, expect, it } from "vitest";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { loadKnownIssueFiles } from "./load-known-issue-files";

describe("the published known issues", async () => {
  const taxonomy = await loadContentFile(path.join(CONTENT_DIR, "taxonomy.yaml"), taxonomyFileSchema);
  const categories = taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug));
  const issues = await loadKnownIssueFiles(await loadRunbookFiles(), new Set(categories));

  it("number at least 100 and cover every category", () => {
    expect(issues.length).toBeGreaterThanOrEqual(100);
    expect(new Set(issues.map((i) => i.category))).toEqual(new Set(categories));
  });

  it("each link to a runbook step and cite a public source", () => {
    for (const issue of issues) {
      expect(issue.runbookNodes.length, issue.slug).toBeGreaterThan(0);
      expect(issue.references[0]!.url, issue.slug).toMatch(/^https:\/\//);
    }
  });

  it("say which protocol revisions they occur with and were verified no earlier than they were last updated", () => {
    for (const issue of issues) {
      expect(issue.revisions.length, issue.slug).toBeGreaterThan(0);
      expect(issue.lastVerified >= issue.lastUpdated, issue.slug).toBe(true);
    }
  });

  it("have unique slugs and no signature that is only noise", () => {
    expect(new Set(issues.map((i) => i.slug)).size).toBe(issues.length);
    for (const issue of issues)
      for (const signature of issue.errorSignatures) expect(signature.trim().length).toBeGreaterThan(5);
  });
});
