import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";

import { loadRunbookFiles } from "@/lib/runbooks/load-runbook-files";

import { firstLoadJs, measureLatency, measureThroughput, startServer } from "./bench-lib";
import { measureRunbookSteps } from "./bench-runbook-steps";

// `npm run bench`: page latency and throughput on the production build with a freshly seeded embedded
// database, server start-up time, runbook stepping in Chromium, first-load JS per route and the size
// of each runbook. Needs a build (`npm run build`) and Chromium.
const PORT = 3200;
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

const { child, readyMs } = await startServer(PORT, { PGLITE_DIR: DATA_DIR });
try {
  const base = `http://127.0.0.1:${PORT}`;
  const runbooks = await loadRunbookFiles();
  const firstRunbook = runbooks[0]!.definition.category;
  const routes = [
    "/",
    "/categories/token-expiration-issues",
    `/runbooks/${firstRunbook}`,
    `/runbooks/${firstRunbook}/flowchart`,
    "/api/health",
  ];
  const latency: Record<string, unknown> = {};
  for (const route of routes) latency[route] = await measureLatency(base + route, 300);
  const throughput = { "/ (10 concurrent, 5 s)": await measureThroughput(`${base}/`, 10, 5) };
  const stepping = await measureRunbookSteps(
    base,
    runbooks.map((r) => r.definition.category),
    50,
  );
  const nodesPerRunbook = Object.fromEntries(runbooks.map((r) => [r.definition.category, r.definition.nodes.length]));
  const results = {
    date: new Date().toISOString(),
    serverStartToFirstPageMs: Math.round(readyMs),
    latencyMs: latency,
    requestsPerSecond: throughput,
    runbookStepClickToPaint: stepping,
    nodesPerRunbook,
    firstLoadJs: firstLoadJs(),
  };
  console.log("\nServer start to first page:", `${results.serverStartToFirstPageMs} ms`);
  console.log("\nLatency (ms, 300 sequential requests after warm-up):");
  console.table(latency);
  console.log("Throughput (requests/s):");
  console.table(throughput);
  console.log("Runbook step, click to next step painted (ms):");
  console.table(stepping);
  console.log("Nodes per runbook:");
  console.table(nodesPerRunbook);
  console.log("First-load JS (kB):");
  console.table(results.firstLoadJs);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/bench.json", JSON.stringify(results, null, 2));
} finally {
  child.kill();
}
