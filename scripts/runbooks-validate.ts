import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { runbookDepth } from "@/lib/runbooks/validate-graph";

import { runCli } from "./run-cli";

runCli(async () => {
  const files = await loadRunbookFiles();
  for (const { file, definition } of files) {
    const resolutions = definition.nodes.filter((n) => n.kind === "resolution").length;
    console.log(
      `ok ${file}: ${definition.nodes.length} nodes, ${resolutions} resolutions, depth ${runbookDepth(definition)}`,
    );
  }
  console.log(`runbooks:validate: ${files.length} runbooks valid.`);
});
