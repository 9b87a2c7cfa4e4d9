import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { startServer, type Server } from "./server-process";

// The yardstick (issue 13): a trivial static page of Next.js, the same release as ours, built apart and
// measured in the same run as our pages, so that a number of ours reads against what the framework alone gets
// on this machine at this moment. Built once per version, outside the repository (its own node_modules: Turbopack
// refuses a symlinked one), from the npm registry like ours.

const DEPENDENCIES = ["next", "react", "react-dom"] as const;

const LAYOUT = `export const metadata = { title: "Trivial page", description: "A trivial static Next.js page." };
export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`;

const PAGE = `export default function Page() {
  return (<main><h1>A trivial page</h1><p>Static, prerendered at build time, nothing else.</p></main>);
}
`;

function versions(): Record<string, string> {
  const ours = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
  return Object.fromEntries(DEPENDENCIES.map((name) => [name, ours.dependencies[name]!]));
}

/** Writes, installs and builds the trivial app unless a build of the same versions is there. */
function prepare(): string {
  const pinned = versions();
  const folder = path.join(tmpdir(), `portal-bench-trivial-next-${pinned.next}`);
  const manifest = JSON.stringify({ name: "trivial", private: true, dependencies: pinned }, null, 2);
  const built = path.join(folder, ".next", "BUILD_ID");
  if (existsSync(built) && readFileSync(path.join(folder, "package.json"), "utf8") === manifest) return folder;
  mkdirSync(path.join(folder, "app"), { recursive: true });
  writeFileSync(path.join(folder, "package.json"), manifest);
  writeFileSync(path.join(folder, "app", "layout.js"), LAYOUT);
  writeFileSync(path.join(folder, "app", "page.js"), PAGE);
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, {
      cwd: folder,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"]);
  run("node_modules/.bin/next", ["build"]);
  return folder;
}

/**
 * The trivial app, built if needed and started on `port`; null (with the reason printed) when it cannot be, for
 * example offline on a machine that never built it: the bench goes on without its row.
 */
export async function startTrivialApp(port: number, logFile: string): Promise<Server | null> {
  try {
    return await startServer(port, { NEXT_TELEMETRY_DISABLED: "1" }, logFile, "/", prepare());
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(`The trivial Next.js page is unavailable in this run (${reason}); its rows are left out.`);
    return null;
  }
}
