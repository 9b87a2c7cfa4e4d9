import "server-only";

import { getEnv } from "@/lib/env";

import { DataFolderInUseError } from "./data-folder-lock";
import { getDb } from "./index";
import { statusStore, type StatusStore } from "./status-cache";

export type DatabaseStatus =
  { status: "ok"; engine: string; latencyMs: number } | { status: "unreachable"; engine: string; reason: string };

const PROBE_TIMEOUT_MS = 3_000;
const TIMED_OUT = `no answer within ${PROBE_TIMEOUT_MS / 1000} s`;

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
      reason: timedOut ? TIMED_OUT : (dataFolderInUse(error)?.message ?? "connection failed"),
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether pages should give up on the database: it refused or dropped the connection, or its folder is
 * held by another process. A probe that merely timed out is not that: under load the probe waits in the
 * same pool queue as the pages' queries (200 connections made it wait over 3 s, and every page then
 * answered 503 with the database up). /api/health still reports the slow answer as 503.
 */
export function isDatabaseDown(status: DatabaseStatus): status is Extract<DatabaseStatus, { status: "unreachable" }> {
  return status.status !== "ok" && status.reason !== TIMED_OUT;
}

const CACHE_OK_MS = 5_000;
const CACHE_DOWN_MS = 1_000;

/** The status, probed at most every few seconds: the proxy asks before every page it serves. */
export function cachedDatabaseStatus(now = Date.now()): Promise<DatabaseStatus> {
  const store = statusStore();
  const cached = store.entry;
  if (cached) {
    const age = now - cached.at;
    const fresh = cached.value.then((s) => age < (s.status === "ok" ? CACHE_OK_MS : CACHE_DOWN_MS));
    return fresh.then((isFresh) => (isFresh ? cached.value : probe(store, now)));
  }
  return probe(store, now);
}

function probe(store: StatusStore, now: number): Promise<DatabaseStatus> {
  const value = checkDatabase();
  store.entry = { at: now, value };
  return value;
}

/** The folder lock's refusal, also when getDb() reports it as an outage (its cause). */
function dataFolderInUse(error: unknown): DataFolderInUseError | null {
  if (error instanceof DataFolderInUseError) return error;
  return error instanceof Error && error.cause instanceof DataFolderInUseError ? error.cause : null;
}
