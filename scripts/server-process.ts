import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";

// The production build (`next build`) for the benchmark and the resilience and two-instance checks, started in a
// process group of its own so that `kill -9` reaches the server and whatever it spawned.

export interface Server {
  base: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 from the ready path. */
  readyMs: number;
}

// Servers run in process groups of their own, which outlive this script when it fails or is stopped (Ctrl-C, a
// CI timeout) and would hold their ports against the next run: whatever is still running is killed on the way out.
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(1));

/** Starts a server and waits for `readyPath` (a page for the benchmark's "start to first page") to answer 200. */
export async function startServer(
  port: number,
  env: Record<string, string>,
  logFile: string,
  readyPath = "/api/health",
  /** The project folder whose build is started: this one unless said (the benchmark's trivial app). */
  cwd = process.cwd(),
): Promise<Server> {
  const started = performance.now();
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn("node_modules/.bin/next", ["start", "--hostname", "127.0.0.1", "-p", String(port)], {
    cwd,
    // Loopback, as `npm start` serves it (scripts/serve.ts): per-IP limits read X-Forwarded-For.
    env: { ...process.env, PORTAL_LISTEN_HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server on port ${port} exited with ${child.exitCode}: see ${logFile}`);
    try {
      const response = await fetch(base + readyPath);
      await response.arrayBuffer();
      if (response.ok) return { base, child, readyMs: Math.round(performance.now() - started) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  killGroup(child, "SIGKILL");
  throw new Error(`the server on port ${port} did not answer ${readyPath} with 200 within 120 s: see ${logFile}`);
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Stops a server and waits for it to be gone. */
export async function stopServer(server: Server, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const exited = new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) resolve(null);
    else server.child.once("exit", resolve);
  });
  killGroup(server.child, signal);
  await exited;
}
