import { createDatabase } from "@/lib/db/create-client";
const { db, close } = await createDatabase({ engine: "pglite", dataDir: "./data/bench-search" });
async function explain(label: string, sql: string) {
  await db.$queryRawUnsafe(sql);
  const t = performance.now();
  const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ANALYZE ${sql}`);
  console.log(`--- ${label} (${(performance.now() - t).toFixed(0)} ms)`);
  console.log(
    rows
      .map((r) => r["QUERY PLAN"])
      .filter((l) => /Scan on|Execution Time|Rows Removed|rows=/.test(l))
      .slice(0, 6)
      .join("\n"),
  );
}
await explain(
  "sig trgm",
  `SELECT id FROM "SearchDocument" WHERE "signaturesNormalized" %> 'invalid_grant refresh token already used' LIMIT 60`,
);
await explain(
  "fts",
  `SELECT id FROM "SearchDocument" WHERE "searchVector" @@ plainto_tsquery('english', 'refresh token expired') LIMIT 60`,
);
await explain("title", `SELECT id FROM "SearchDocument" WHERE lower(title) %> 'refresh token expired' LIMIT 60`);
console.log(
  await db.$queryRaw`SELECT count(*)::int FROM "SearchDocument" WHERE "searchVector" @@ plainto_tsquery('english', 'refresh token expired')`,
);
await close();
