import { rm } from "node:fs/promises";

import { createDatabase, type Database } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/engine";
import { Prisma } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { loadKnownIssueFiles } from "@/lib/known-issues/load-known-issue-files";
import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import { runSearch } from "@/lib/search/run-search";
import { runSeed } from "@/lib/seed/run-seed";
import { refreshLexemeStats } from "@/lib/search/refresh-lexeme-stats";
import { vacuumSearchTables } from "@/lib/search/vacuum-search-tables";
import { getCompiledSignals } from "@/lib/signals/signal-index";

import { percentile, round } from "./bench-lib";
import { syntheticDocuments, vocabularyFrom } from "./bench-search-data";
import { runCli } from "./run-cli";

// `npm run bench:search`: 100,000 synthetic known issues plus the real seed in a separate database,
// a fixed query mix, server-side latency percentiles. Embedded database always; PostgreSQL too when
// BENCH_DATABASE_URL names an empty database it may fill.
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const ROUNDS = 5;

async function buildQueries(): Promise<{ kind: string; q: string }[]> {
  const issues = await loadKnownIssueFiles(await loadRunbookFiles(), new Set(await categorySlugs()));
  const pasted = issues.slice(0, 10).map((issue, i) => ({
    kind: "pasted error",
    q: `2026-11-${10 + i}T08:1${i}:44.512Z ERROR [req_${(i * 7919).toString(36)}x9k2] ${issue.errorSignatures[0]}\n    at handler (/srv/app/dist/server.js:${100 + i}:17)\nrequest-id: 4f1c2b9e-${1000 + i}-4c2a-9d1e-5b7a8c9d0e1f`,
  }));
  const keywords = [
    "refresh token expired",
    "invalid host header",
    "rate limit exceeded",
    "certificate verify failed",
    "insufficient scope",
    "dynamic client registration",
    "protected resource metadata 404",
    "read-only file system",
    "origin header",
    "token audience",
  ].map((q) => ({ kind: "keywords", q }));
  const typos = [
    "refersh tokn expird",
    "invlaid hots header",
    "certifcate verfy faild",
    "rate limt exceded",
    "insuficient scpoe",
    "dynamc client registraton",
    "protcted resouce metadta",
    "permision denied",
    "sesion expird",
    "audiance mismatch",
  ].map((q) => ({ kind: "typo", q }));
  const symptoms = [
    "tool calls work for about an hour after signing in, then every call fails with 401",
    "the MCP server logs every bearer token in plain text",
    "each tool call opens a new TLS connection and takes 300 ms longer",
  ].map((q) => ({ kind: "symptom", q }));
  // A pasted log of fifty lines with one error line among the noise: the longest queries people send.
  const noise = Array.from(
    { length: 49 },
    (_, i) =>
      `2026-11-30T10:00:${String(i % 60).padStart(2, "0")}.000Z INFO [worker-${i}] processed batch ${i} in ${i * 7} ms`,
  );
  const logs = issues.slice(10, 13).map((issue, i) => {
    const lines = [...noise];
    lines.splice(20 + i * 5, 0, `2026-11-30T10:00:30.500Z ERROR ${issue.errorSignatures[0]}`);
    return { kind: "50-line log", q: lines.join("\n") };
  });
  return [...keywords, ...pasted, ...typos, ...symptoms, ...logs];
}

async function categorySlugs() {
  const { loadContentFile, CONTENT_DIR } = await import("@/lib/seed/load-content-file");
  const { taxonomyFileSchema } = await import("@/lib/taxonomy/schemas");
  const taxonomy = await loadContentFile(`${CONTENT_DIR}/taxonomy.yaml`, taxonomyFileSchema);
  return taxonomy.groups.flatMap((g) => g.categories.map((c) => c.slug));
}

async function fill(db: Database) {
  const existing = await db.searchDocument.count({ where: { id: { startsWith: "synthetic:" } } });
  if (existing === DOCUMENTS) {
    // A corpus built before rarity statistics existed has none: they cost seconds, a rebuild minutes.
    if ((await db.searchLexeme.count()) === 0) await refreshLexemeStats(db);
    return "reused";
  }
  // The seed makes known-issue documents exactly the seeded ones, so it runs only before a build: run
  // on a filled database it would delete the synthetic corpus.
  await runSeed(db);
  const how = await build(db);
  // The rarity weights of graded search, as the seed computes them, over the corpus as measured.
  await refreshLexemeStats(db);
  // What `db:seed` does after every seed: PGlite runs no autovacuum, and the dead rows of a previous
  // build would otherwise stay in every index scan (a rebuilt 100k corpus measured p95 75 ms, vacuumed 18).
  await vacuumSearchTables(db);
  return how;
}

async function build(db: Database) {
  await db.$executeRaw`DELETE FROM "SearchDocument" WHERE id LIKE 'synthetic:%'`;
  const real = await db.searchDocument.findMany({
    select: { title: true, signatures: true, symptoms: true, body: true },
  });
  const vocabulary = vocabularyFrom(real.map((d) => `${d.title} ${d.signatures} ${d.symptoms} ${d.body}`));
  const documents = syntheticDocuments(DOCUMENTS, await categorySlugs(), vocabulary);
  // Row-by-row shingle and spelling triggers make 100,000 inserts take many minutes on PGlite; the
  // bench bulk-loads instead, through the same SQL functions the triggers call, so the tables end up
  // exactly as the triggers would leave them.
  await db.$executeRaw`ALTER TABLE "SearchDocument" DISABLE TRIGGER "SearchDocument_index_text"`;
  for (let start = 0; start < documents.length; start += 500) {
    const rows = documents
      .slice(start, start + 500)
      .map(
        (d) =>
          Prisma.sql`(${d.id}, 'KNOWN_ISSUE', ${`/known-issues/${d.id}`}, ${d.title}, ${d.signatures}, ${d.signaturesNormalized}, ${d.symptoms}, ${d.body}, ${d.categorySlug}, ${d.status}, ${d.severity}, ARRAY[]::text[], now())`,
      );
    await db.$executeRaw`INSERT INTO "SearchDocument" (id, type, url, title, signatures, "signaturesNormalized", symptoms, body, "categorySlug", status, severity, "componentNames", "updatedAt") VALUES ${Prisma.join(rows)}`;
  }
  await db.$executeRaw`ALTER TABLE "SearchDocument" ENABLE TRIGGER "SearchDocument_index_text"`;
  await db.$executeRaw`INSERT INTO "SearchShingle" ("hash", "documentId")
    SELECT DISTINCT hashtext(s), d.id FROM "SearchDocument" d, search_shingles(d."signaturesNormalized", false) AS s
    WHERE d.id LIKE 'synthetic:%' ON CONFLICT DO NOTHING`;
  await db.$executeRaw`INSERT INTO "SearchTermVariant" ("variant", "word")
    SELECT DISTINCT v, t FROM (SELECT DISTINCT t FROM "SearchDocument" d,
      search_terms(d.title || E'\n' || d."signaturesNormalized") AS t WHERE d.id LIKE 'synthetic:%') AS terms,
      search_term_variants(t) AS v
    ON CONFLICT DO NOTHING`;
  return "built";
}

async function benchEngine(label: string, target: DatabaseTarget) {
  const started = performance.now();
  const { db, factory, close } = await createDatabase(target);
  try {
    await applyMigrations(factory);
    const how = await fill(db);
    const total = await db.searchDocument.count();
    console.log(`${label}: ${total} documents (${how} in ${round((performance.now() - started) / 1000)} s)`);
    const queries = await buildQueries();
    // Search and diagnosis together, as the page and the API run them: at one content version, as a server
    // between two content changes. The first pass meets every word and candidate for the first time (and code
    // not yet optimised): reported apart, as what a query whose words nobody searched before costs.
    const signals = await getCompiledSignals();
    const version = Date.now();
    const search = (q: string) => runSearch(db, { q: q.slice(0, MAX_QUERY_LENGTH), limit: 20 }, signals, version);
    const firstPass: number[] = [];
    for (const query of queries) {
      const t0 = performance.now();
      await search(query.q);
      firstPass.push(performance.now() - t0);
    }
    const byKind = new Map<string, number[]>();
    const all: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of queries) {
        const t0 = performance.now();
        await search(query.q);
        const ms = performance.now() - t0;
        all.push(ms);
        byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), ms]);
      }
    }
    const summary = (samples: number[]) => {
      const sorted = [...samples].sort((a, b) => a - b);
      return {
        samples: sorted.length,
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
      };
    };
    // The same machine's floor in the same run: one primary-key lookup, so a noisy run shows as a ratio.
    const baseline: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await db.$queryRaw`SELECT id FROM "SearchDocument" WHERE id = ${"category:rate-limiting-problems"}`;
      baseline.push(performance.now() - t0);
    }
    const floor = percentile(
      [...baseline].sort((a, b) => a - b),
      50,
    );
    const table = {
      all: summary(all),
      ...Object.fromEntries([...byKind].map(([kind, s]) => [kind, summary(s)])),
      "first pass": summary(firstPass),
    };
    console.table(table);
    console.log(
      `${label}: baseline (primary-key lookup) p50 ${round(floor, 2)} ms; search+diagnosis p95 = ${round(table.all.p95 / floor)}× baseline`,
    );
    return table;
  } finally {
    await close();
  }
}

// BENCH_ENGINES=pglite or =postgresql runs one engine only (the PGlite build takes minutes).
const ENGINES = (process.env.BENCH_ENGINES ?? "pglite,postgresql").split(",");

runCli(async () => {
  const results: Record<string, unknown> = {};
  if (ENGINES.includes("pglite")) {
    results.pglite = await benchEngine("PGlite", { engine: "pglite", dataDir: "./data/bench-search" });
  }
  if (ENGINES.includes("postgresql") && process.env.BENCH_DATABASE_URL) {
    results.postgresql = await benchEngine("PostgreSQL", { engine: "postgresql", url: process.env.BENCH_DATABASE_URL });
  } else {
    console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL to an empty database to include it).");
  }
  if (process.env.BENCH_CLEAN) await rm("./data/bench-search", { recursive: true, force: true });
});
