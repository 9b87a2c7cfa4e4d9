import path from "node:path";

import { describe, expect, it } from "vitest";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { signalTargets } from "@/lib/signals/signal-targets";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { PROBE_CHECKS } from "./catalog";
import { CHECK_RUNNERS } from "./checks";
import { validateProbeCatalog } from "./validate-catalog";

async function targets() {
  const taxonomy = await loadContentFile(path.join(CONTENT_DIR, "taxonomy.yaml"), taxonomyFileSchema);
  return signalTargets(taxonomy, await loadRunbookFiles());
}

describe("the probe's checks", () => {
  it("each link to a runbook step that exists", async () => {
    expect(validateProbeCatalog(PROBE_CHECKS, await targets())).toEqual([]);
  });

  it("each have code behind them, and no code is outside the catalog", () => {
    expect(Object.keys(CHECK_RUNNERS).sort()).toEqual(PROBE_CHECKS.map((c) => c.id).sort());
  });

  it("are refused, with the check named, when a step does not exist", async () => {
    const broken = [{ ...PROBE_CHECKS[0], step: "network-security-issues/no-such-step" }];
    expect(validateProbeCatalog(broken, await targets())).toEqual([
      'probe check "dns" links to runbook step "network-security-issues/no-such-step", which does not exist',
    ]);
  });
});
