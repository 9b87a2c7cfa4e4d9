import { setRoleFromCli } from "@/lib/auth/set-role-from-cli";
import { createDatabase } from "@/lib/db/create-client";
import { describeTarget, resolveDatabaseTarget } from "@/lib/db/engine";

import { runCli } from "./run-cli";

runCli(async () => {
  const target = resolveDatabaseTarget();
  const { db, close } = await createDatabase(target);
  try {
    const { email, role, changed } = await setRoleFromCli(db, process.argv.slice(2));
    console.log(`user:role ${describeTarget(target)}: ${email} ${changed ? "is now" : "already was"} ${role}.`);
  } finally {
    await close();
  }
});
