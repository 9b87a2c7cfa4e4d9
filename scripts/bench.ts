import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";

import { firstLoadJs, measureLatency, measureLoad, round } from "./bench-lib";
import { measureLighthouse } from "./bench-lighthouse";
import { measureRunbookSteps } from "./bench-runbook-steps";
import { startTrivialApp } from "./bench-trivial-app";
import { startServer, stopServer } from "./server-process";

// `npm run bench`: page latency and throughput on the production build with a freshly seeded embedded
// database, server start-up time, runbook stepping in Chromium, first-load JS per route and the size
// of each runbook, next to a trivial Next.js page built apart (bench-trivial-app.ts). Needs a build (`npm run
// build`) and Chromium; the trivial app needs the npm registry the first time (it installs its own Next.js).
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const LOAD_CONNECTIONS = 20;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** A page of the same build with nothing from the database: the static baseline every page is compared with. */
const STATIC_PAGE = "/changes/2026-07-28";
const TRIVIAL_ROW = "trivial Next.js page (own build)";

/**
 * Every page people read, and GET /api/search, each under the same load as the static page, in one run
 * (the machine is shared, so only ratios within one run mean much), after the trivial app's page: what the
 * framework alone serves here now. Targets (issue 13): ratio ≥ 0.9, p99 ≤ 50 ms.
 */
async function measureLoadAgainstStatic(
  base: string,
  trivialBase: string | undefined,
  runbook: string,
  queries: string[],
) {
  const pages: Record<string, string | ((n: number) => string)> = {
    "static page": STATIC_PAGE,
    home: "/",
    "runbook step": `/runbooks/${runbook}`,
    "known issue": "/known-issues/aws-mcp-purged-dcr-client-redirect-uri-400",
    "known-issue list": "/known-issues",
    category: "/categories/token-expiration-issues",
    "search page": "/search?q=token+expired",
    "GET /api/search": "/api/search?q=token+expired",
    // The same query again and again is answered from memory (lib/search/search-cache.ts): this row is the work.
    "GET /api/search, each query new": (n) =>
      `/api/search?q=${encodeURIComponent(`${queries[n % queries.length]} ${n}`)}`,
  };
  const loads: Record<string, { path: string; requestsPerSecond: number; p50: number; p99: number }> = {};
  if (trivialBase) {
    loads[TRIVIAL_ROW] = { path: "/", ...(await measureLoad(trivialBase, "/", LOAD_CONNECTIONS, LOAD_SECONDS)) };
  }
  for (const [name, target] of Object.entries(pages)) {
    const path = typeof target === "string" ? target : "/api/search?q=<runbook step title> <n>";
    loads[name] = { path, ...(await measureLoad(base, target, LOAD_CONNECTIONS, LOAD_SECONDS)) };
  }
  const staticRate = loads["static page"]!.requestsPerSecond;
  return Object.fromEntries(
    Object.entries(loads).map(([name, load]) => [
      name,
      { ...load, ratio: round(load.requestsPerSecond / staticRate, 2) },
    ]),
  );
}

const DATA_DIR = "./data/bench";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

rmSync(DATA_DIR, { recursive: true, force: true });
const setup = spawnSync("npm", ["run", "--silent", "db:setup"], {
  env: { ...process.env, PGLITE_DIR: DATA_DIR },
  stdio: "inherit",
});
if (setup.status !== 0) process.exit(setup.status ?? 1);

// Listening on loopback, the server believes X-Forwarded-For, which measureLoad varies per request.
mkdirSync("bench-results", { recursive: true });
const server = await startServer(PORT, { PGLITE_DIR: DATA_DIR }, "bench-results/server.log", "/");
const readyMs = server.readyMs;
const trivial = await startTrivialApp(PORT + 1, "bench-results/trivial-app.log");
try {
  const base = `http://127.0.0.1:${PORT}`;
  const runbooks = await loadRunbookFiles();
  const firstRunbook = runbooks[0]!.definition.category;
  const routes = [
    "/",
    "/categories/token-expiration-issues",
    `/runbooks/${firstRunbook}`,
    `/runbooks/${firstRunbook}/flowchart`,
    "/known-issues",
    "/known-issues?category=token-expiration-issues",
    "/api/health",
  ];
  const latency: Record<string, unknown> = {};
  for (const route of routes) latency[route] = await measureLatency(base + route, 300);
  const stepTitles = runbooks.flatMap((r) => r.definition.nodes.map((node) => node.title));
  const throughput = await measureLoadAgainstStatic(base, trivial?.base, firstRunbook, stepTitles);
  const stepping = await measureRunbookSteps(
    base,
    runbooks.map((r) => r.definition.category),
    50,
  );
  // BENCH_LIGHTHOUSE=0 skips it; BENCH_LIGHTHOUSE_RUNS audits per page (3, about 11 s each; CI's smoke run: 1).
  const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
  const lighthouse =
    process.env.BENCH_LIGHTHOUSE === "0"
      ? null
      : {
          ...(trivial ? await measureLighthouse(trivial.base, { [TRIVIAL_ROW]: "/" }, lighthouseRuns) : {}),
          ...(await measureLighthouse(
            base,
            {
              "static page": STATIC_PAGE,
              home: "/",
              "runbook step": `/runbooks/${firstRunbook}`,
              search: "/search?q=token+expired",
              "known issue": "/known-issues/aws-mcp-purged-dcr-client-redirect-uri-400",
            },
            lighthouseRuns,
          )),
        };
  const nodesPerRunbook = Object.fromEntries(runbooks.map((r) => [r.definition.category, r.definition.nodes.length]));
  const results = {
    date: new Date().toISOString(),
    serverStartToFirstPageMs: Math.round(readyMs),
    latencyMs: latency,
    requestsPerSecond: throughput,
    runbookStepClickToPaint: stepping,
    lighthouse,
    nodesPerRunbook,
    firstLoadJs: firstLoadJs(),
  };
  console.log("\nServer start to first page:", `${results.serverStartToFirstPageMs} ms`);
  console.log("\nLatency (ms, 300 sequential requests after warm-up):");
  console.table(latency);
  console.log(
    `Under load (${LOAD_CONNECTIONS} connections, ${LOAD_SECONDS} s each; ratio = req/s ÷ the static page's):`,
  );
  console.table(throughput);
  console.log("Runbook step, click to next step painted (ms):");
  console.table(stepping);
  if (lighthouse) {
    console.log("Lighthouse (Chromium, default mobile profile):");
    console.table(lighthouse);
  }
  console.log("Nodes per runbook:");
  console.table(nodesPerRunbook);
  console.log("First-load JS (kB):");
  console.table(results.firstLoadJs);
  writeFileSync("bench-results/bench.json", JSON.stringify(results, null, 2));
} finally {
  await stopServer(server);
  if (trivial) await stopServer(trivial);
}
