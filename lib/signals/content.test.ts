import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { loadSignalFiles } from "./load-signal-files";
import { signalTargets } from "./signal-targets";

async function targets(dir = CONTENT_DIR) {
  const taxonomy = await loadContentFile(path.join(dir, "taxonomy.yaml"), taxonomyFileSchema);
  return signalTargets(taxonomy, await loadRunbookFiles(dir));
}

describe("the error signals", () => {
  it("are valid, at least 150, and cover every category", async () => {
    const known = await targets();
    const signals = await loadSignalFiles(known);
    expect(signals.length).toBeGreaterThanOrEqual(150);
    expect(new Set(signals.flatMap((s) => s.categories))).toEqual(known.categorySlugs);
  });

  it("cover every family the diagnosis relies on", async () => {
    const codes = (await loadSignalFiles(null)).flatMap((s) => [...s.phrases, ...s.patterns]).join("\n");
    for (const code of ["-32602", "invalid_grant", "insufficient_scope", "invalid_target", "AADSTS", "ECONNRESET"]) {
      expect(codes, code).toContain(code);
    }
  });

  it("are refused, with the file and signal named, when a step does not exist", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "signals-"));
    await cp(CONTENT_DIR, dir, { recursive: true });
    const file = path.join(dir, "signals", "tls.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/inspect-tls-chain/, "no-such-step"));
    await expect(loadSignalFiles(await targets(dir), dir)).rejects.toThrow(
      /tls\.yaml: signal "[a-z0-9-]+" starts at runbook step "network-security-issues\/no-such-step", which does not exist/,
    );
  });
});
