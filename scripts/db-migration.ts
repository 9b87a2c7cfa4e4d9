import { createMigration } from "@/lib/db/migrations/create-migration";

import { runCli } from "./run-cli";

runCli(async () => {
  const name = process.argv.slice(2).join(" ");
  const result = await createMigration(name);
  if (result.status === "unchanged") {
    console.log("db:migration: schema.prisma matches the migrations; nothing to create.");
    return;
  }
  console.log(`db:migration: created prisma/migrations/${result.folder}/migration.sql`);
  for (const warning of result.warnings) console.warn(warning);
});
