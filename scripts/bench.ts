import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";

import { firstLoadJs, measureLatency, measureThroughput, startServer } from "./bench-lib";

// `npm run bench`: page latency and throughput on the production build with a freshly seeded embedded
// database, server start-up time, and first-load JS per route. Needs a build (`npm run build`).
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
  const routes = ["/", "/categories/token-expiration-issues", "/api/health"];
  const latency: Record<string, unknown> = {};
  for (const route of routes) latency[route] = await measureLatency(base + route, 300);
  const throughput = { "/ (10 concurrent, 5 s)": await measureThroughput(`${base}/`, 10, 5) };
  const results = {
    date: new Date().toISOString(),
    serverStartToFirstPageMs: Math.round(readyMs),
    latencyMs: latency,
    requestsPerSecond: throughput,
    firstLoadJs: firstLoadJs(),
  };
  console.log("\nServer start to first page:", `${results.serverStartToFirstPageMs} ms`);
  console.log("\nLatency (ms, 300 sequential requests after warm-up):");
  console.table(latency);
  console.log("Throughput (requests/s):");
  console.table(throughput);
  console.log("First-load JS (kB):");
  console.table(results.firstLoadJs);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/bench.json", JSON.stringify(results, null, 2));
} finally {
  child.kill();
}
