import { createDatabase } from "@/lib/db/create-client";
import { describeTarget, resolveDatabaseTarget } from "@/lib/db/engine";
import { runSeed } from "@/lib/seed/run-seed";

import { runCli } from "./run-cli";

runCli(async () => {
  const target = resolveDatabaseTarget();
  const { db, close } = await createDatabase(target);
  try {
    const { created, updated, unchanged } = await runSeed(db);
    console.log(`db:seed ${describeTarget(target)}: ${created} created, ${updated} updated, ${unchanged} unchanged.`);
  } finally {
    await close();
  }
});
