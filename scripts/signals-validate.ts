import path from "node:path";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { CONTENT_DIR, loadContentFile } from "@/lib/seed/load-content-file";
import { signalTargets } from "@/lib/signals/signal-targets";
import { loadSignalFiles } from "@/lib/signals/load-signal-files";
import { taxonomyFileSchema } from "@/lib/taxonomy/schemas";

import { runCli } from "./run-cli";

runCli(async () => {
  const taxonomy = await loadContentFile(path.join(CONTENT_DIR, "taxonomy.yaml"), taxonomyFileSchema);
  const signals = await loadSignalFiles(signalTargets(taxonomy, await loadRunbookFiles()));
  const perCategory = new Map<string, number>();
  for (const signal of signals)
    perCategory.set(signal.categories[0]!, (perCategory.get(signal.categories[0]!) ?? 0) + 1);
  for (const [category, count] of [...perCategory].sort()) console.log(`${category}: ${count}`);
  console.log(`signals:validate: ${signals.length} error signals valid.`);
});
