import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// `npm start` builds only when the production build is missing or older than a source file, so a
// second start serves in about a second instead of rebuilding for half a minute.
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const BUILD_MARKER = ".next/BUILD_ID";

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), 0);
}

const builtAt = existsSync(BUILD_MARKER) ? statSync(BUILD_MARKER).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map(newestMtime));

if (builtAt > changedAt) {
  console.log("build: production build is up to date.");
} else {
  console.log(builtAt ? "build: sources changed since the last build; rebuilding." : "build: first start; building.");
  const result = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
