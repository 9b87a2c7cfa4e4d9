import { createDatabase } from "@/lib/db/create-client";
import { describeTarget, resolveDatabaseTarget } from "@/lib/db/engine";
import { vacuumSearchTables } from "@/lib/search/vacuum-search-tables";
import { runSeed } from "@/lib/seed/run-seed";

import { runCli } from "./run-cli";

runCli(async () => {
  const target = resolveDatabaseTarget();
  const { db, close } = await createDatabase(target);
  try {
    const { created, updated, unchanged, skippedChanges } = await runSeed(db);
    await vacuumSearchTables(db);
    console.log(`db:seed ${describeTarget(target)}: ${created} created, ${updated} updated, ${unchanged} unchanged.`);
    for (const { runbook, id, problems } of skippedChanges) {
      // The file changed under an approved community change: it stays approved but is not served.
      console.warn(
        `db:seed: approved change /contributions/${id} no longer applies to ${runbook}: ${problems.join(" ")}`,
      );
    }
  } finally {
    await close();
  }
});
