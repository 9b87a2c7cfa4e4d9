import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A PostgreSQL server of the resilience test's own (initdb into a temporary folder), so that stopping
// it under load disturbs no other database on the machine. As root (CI), it runs as the postgres user.

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface OwnPostgres {
  url: string;
  /** Asynchronous, so that the load keeps running (and timing) while PostgreSQL stops and starts. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => Promise<void>;
}

/** The command as the postgres user when this runs as root (CI): PostgreSQL refuses to run as root. */
function asUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

async function run(command: string, args: string[]) {
  await promisify(execFile)(...asUser(command, args));
}

export async function createOwnPostgres(port: number): Promise<OwnPostgres> {
  if (!existsSync(path.join(BIN, "initdb"))) throw new Error(`No PostgreSQL in ${BIN} (set PG_BIN).`);
  const dir = mkdtempSync(path.join(tmpdir(), "resilience-pg-"));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  const data = path.join(dir, "data");
  const pgCtl = path.join(BIN, "pg_ctl");
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = () => run(pgCtl, ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  // "fast", pg_ctl's default: open sessions are ended, queries in flight fail (SQLSTATE 57P01).
  const stop = () => run(pgCtl, ["-D", data, "-m", "fast", "-w", "stop"]);
  // pg_ctl starts PostgreSQL detached: when this script fails or is stopped before destroy(), it is stopped on the
  // way out, or it would hold its port against the next run.
  const stopOnExit = () => {
    try {
      execFileSync(...asUser(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]), { stdio: "ignore" });
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stopOnExit);
  try {
    await run(path.join(BIN, "initdb"), ["-D", data, "-A", "trust", "-U", "resil", "--no-sync"]);
    await start();
    await run(path.join(BIN, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "resil", "resil"]);
  } catch (error) {
    process.off("exit", stopOnExit);
    stopOnExit();
    throw error;
  }
  return {
    url: `postgresql://resil@127.0.0.1:${port}/resil`,
    start,
    stop,
    destroy: async () => {
      process.off("exit", stopOnExit);
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
