import { defineConfig } from "prisma/config";

// Used by `prisma generate` only. Migrations run through our offline engine (lib/db/migrations),
// because the stock CLI downloads a schema-engine binary before doing anything.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
