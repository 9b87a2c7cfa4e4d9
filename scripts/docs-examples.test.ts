import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";

import { loadKnownIssueFiles } from "@/lib/known-issues/load-known-issue-files";
import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { loadSignalFiles } from "@/lib/signals/load-signal-files";
import { signalTargets } from "@/lib/signals/signal-targets";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

// CONTRIBUTING.md's worked examples are these fixture files, shown verbatim. Applied to a copy of today's
// content the way the document tells a contributor to apply them, they must pass every validator: the
// example a newcomer copies is one that works.

const FIXTURES = path.resolve("scripts/fixtures/contributing");
const RUNBOOK = "token-expiration-issues";
const ATTACH_TO = "check-refresh-response";
const KNOWN_ISSUE = "python-sdk-step-up-overwrites-earlier-scopes";

type Yaml = Record<string, unknown>;
const fixture = (name: string) => readFile(path.join(FIXTURES, name), "utf8");

describe("CONTRIBUTING.md's worked examples", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "contributing-"));
    await cp(CONTENT_DIR, dir, { recursive: true });
    // The runbook branch: one answer under check-refresh-response, two nodes at the end of the file.
    const runbookFile = path.join(dir, "runbooks", `${RUNBOOK}.yaml`);
    const runbook = parse(await readFile(runbookFile, "utf8")) as { nodes: Yaml[] };
    const node = runbook.nodes.find((n) => n.id === ATTACH_TO) as { answers: Yaml[] };
    node.answers.push(...(parse(await fixture("answer.yaml")) as Yaml[]));
    runbook.nodes.push(...(parse(await fixture("nodes.yaml")) as Yaml[]));
    await writeFile(runbookFile, stringify(runbook));
    // The known issue: a new file named after its slug.
    await cp(path.join(FIXTURES, `${KNOWN_ISSUE}.yaml`), path.join(dir, "known-issues", `${KNOWN_ISSUE}.yaml`));
    // The error signal: one more entry in oauth.yaml's signals.
    const signalsFile = path.join(dir, "signals", "oauth.yaml");
    const family = parse(await readFile(signalsFile, "utf8")) as { signals: Yaml[] };
    family.signals.push(...(parse(await fixture("signal.yaml")) as Yaml[]));
    await writeFile(signalsFile, stringify(family));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("are shown in CONTRIBUTING.md exactly as the fixture files hold them", async () => {
    const guide = await readFile("CONTRIBUTING.md", "utf8");
    for (const name of ["answer.yaml", "nodes.yaml", `${KNOWN_ISSUE}.yaml`, "signal.yaml"]) {
      expect(guide, name).toContain("```yaml\n" + (await fixture(name)) + "```");
    }
  });

  it("pass the runbook, known-issue and signal validators, and meet the bar the content tests set", async () => {
    const runbooks = await loadRunbookFiles(dir);
    const branch = runbooks.find((r) => r.definition.category === RUNBOOK)!.definition;
    expect(branch.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["check-refresh-scope", "fix-refresh-scope"]));

    const taxonomy = await loadContentFile(path.join(dir, "taxonomy.yaml"), taxonomyFileSchema);
    const categories = new Set(taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug)));
    const issue = (await loadKnownIssueFiles(runbooks, categories, dir)).find((i) => i.slug === KNOWN_ISSUE)!;
    expect(issue.lastVerified >= issue.lastUpdated).toBe(true);
    expect(issue.runbookNodes.length).toBeGreaterThan(0);

    const signals = await loadSignalFiles(signalTargets(taxonomy, runbooks), dir);
    expect(signals.map((s) => s.id)).toContain("oauth-invalid-scope-on-refresh");
  });

  it("fail validation, with the message CONTRIBUTING.md quotes, while the branch is missing", async () => {
    const withoutBranch = await mkdtemp(path.join(tmpdir(), "contributing-"));
    try {
      await cp(CONTENT_DIR, withoutBranch, { recursive: true });
      await cp(
        path.join(FIXTURES, `${KNOWN_ISSUE}.yaml`),
        path.join(withoutBranch, "known-issues", `${KNOWN_ISSUE}.yaml`),
      );
      const taxonomy = await loadContentFile(path.join(withoutBranch, "taxonomy.yaml"), taxonomyFileSchema);
      const categories = new Set(taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug)));
      await expect(
        loadKnownIssueFiles(await loadRunbookFiles(withoutBranch), categories, withoutBranch),
      ).rejects.toThrow(`runbook step "${RUNBOOK}/fix-refresh-scope" does not exist`);
      const guide = await readFile("CONTRIBUTING.md", "utf8");
      expect(guide).toContain(`runbook step "${RUNBOOK}/fix-refresh-scope" does not exist`);
    } finally {
      await rm(withoutBranch, { recursive: true, force: true });
    }
  });
});
