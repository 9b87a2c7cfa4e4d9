import { describeTarget, openAdapter, resolveDatabaseTarget } from "@/lib/db/engine";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";

import { runCli } from "./run-cli";

runCli(async () => {
  const target = resolveDatabaseTarget();
  const opened = await openAdapter(target);
  try {
    const { applied, total } = await applyMigrations(opened.factory);
    const what = applied.length === 0 ? "no pending migration" : `applied ${applied.join(", ")}`;
    console.log(`db:migrate ${describeTarget(target)}: ${what} (${total} in total).`);
  } finally {
    await opened.close();
  }
});
