import "server-only";

import { getEnv } from "@/lib/env";

import { DataFolderInUseError } from "./data-folder-lock";
import { getDb } from "./index";

export type DatabaseStatus =
  { status: "ok"; engine: string; latencyMs: number } | { status: "unreachable"; engine: string; reason: string };

const PROBE_TIMEOUT_MS = 3_000;

/**
 * Runs `SELECT 1` with a time limit. The reason is generic on purpose (driver errors can carry hosts and
 * users), except for an embedded folder held by another process: a path and a pid, and what to do.
 */
export async function checkDatabase(): Promise<DatabaseStatus> {
  const engine = getEnv().DATABASE_URL ? "postgresql" : "pglite";
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timed out")), PROBE_TIMEOUT_MS);
    });
    const db = await Promise.race([getDb(), timeout]);
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", engine, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    const timedOut = error instanceof Error && error.message === "timed out";
    return {
      status: "unreachable",
      engine,
      reason: timedOut
        ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s`
        : error instanceof DataFolderInUseError
          ? error.message
          : "connection failed",
    };
  } finally {
    clearTimeout(timer);
  }
}

const CACHE_OK_MS = 5_000;
const CACHE_DOWN_MS = 1_000;
const cacheKey = Symbol.for("mcp-portal.database-status");
type GlobalWithStatus = typeof globalThis & { [cacheKey]?: { at: number; value: Promise<DatabaseStatus> } };

/** The status, probed at most every few seconds: the proxy asks before every page it serves. */
export function cachedDatabaseStatus(now = Date.now()): Promise<DatabaseStatus> {
  const store = globalThis as GlobalWithStatus;
  const cached = store[cacheKey];
  if (cached) {
    const age = now - cached.at;
    const fresh = cached.value.then((s) => age < (s.status === "ok" ? CACHE_OK_MS : CACHE_DOWN_MS));
    return fresh.then((isFresh) => (isFresh ? cached.value : probe(store, now)));
  }
  return probe(store, now);
}

function probe(store: GlobalWithStatus, now: number): Promise<DatabaseStatus> {
  const value = checkDatabase();
  store[cacheKey] = { at: now, value };
  return value;
}
