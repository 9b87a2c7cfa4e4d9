import { readFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { loadKnownIssueFiles } from "@/lib/known-issues/load-known-issue-files";
import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { evalSetSchema } from "./eval-set-schema";

// The evaluation sets measure what a person pasting an unfiled error gets: a case the content already holds as a
// signature would measure the lookup, and a set that shares threads with another would not be held out.
describe("the diagnosis evaluation sets", async () => {
  const floors = JSON.parse(await readFile("eval/floors.json", "utf8")) as Record<string, unknown>;
  const sets = await Promise.all(
    Object.keys(floors).map(async (file) => ({
      file,
      cases: evalSetSchema.parse(parse(await readFile(file, "utf8"))).cases,
    })),
  );
  const runbooks = await loadRunbookFiles();
  const taxonomy = await loadContentFile(path.join(CONTENT_DIR, "taxonomy.yaml"), taxonomyFileSchema);
  const categories = new Set(taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug)));
  const issues = await loadKnownIssueFiles(runbooks, categories);

  it("are the dev set and a held-out set of at least 50 cases", () => {
    expect(sets.map((s) => s.file)).toEqual(["eval/diagnosis-dev-set.yaml", "eval/diagnosis-heldout-set.yaml"]);
    expect(sets[0]!.cases.length).toBeGreaterThanOrEqual(150);
    expect(sets[1]!.cases.length).toBeGreaterThanOrEqual(50);
  });

  it("name existing categories and runbook steps, with ids unique across sets", () => {
    const nodes = new Set(runbooks.flatMap((r) => r.definition.nodes.map((n) => `${r.definition.category}/${n.id}`)));
    const all = sets.flatMap((s) => s.cases);
    expect(all.filter((c) => !categories.has(c.category)).map((c) => c.id)).toEqual([]);
    expect(all.filter((c) => c.step && !nodes.has(c.step)).map((c) => c.id)).toEqual([]);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it("share no source thread between the dev and held-out sets", () => {
    const devSources = new Set(sets[0]!.cases.map((c) => c.source));
    expect(sets[1]!.cases.filter((c) => devSources.has(c.source)).map((c) => c.id)).toEqual([]);
  });

  it("hold no case that is mostly a known issue's error signature", () => {
    // A library's message (e.g. "Access denied - path outside allowed directories") may appear inside a case; a
    // case whose text is largely one signature would measure the lookup, not the diagnosis (six were, once known
    // issues were filed from the same threads, and left the dev set).
    const signatures = issues.flatMap((issue) => issue.errorSignatures).map((s) => s.toLowerCase().trim());
    const lookups = sets
      .flatMap((s) => s.cases)
      .filter((c) => {
        const text = c.text.toLowerCase().trim();
        return signatures.some((signature) => text.includes(signature) && signature.length >= 0.6 * text.length);
      })
      .map((c) => c.id);
    expect(lookups).toEqual([]);
  });
});
