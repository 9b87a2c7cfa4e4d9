import { processShared } from "@/lib/process-shared";

import type { DatabaseStatus } from "./check-database";

// The database status the proxy consults before every page (cachedDatabaseStatus), kept on globalThis so
// that every bundle Next.js builds shares it, and so that a query failing for want of a database can
// report it at once (reportingUnavailable) instead of pages failing until the next probe.

export interface StatusStore {
  entry?: { at: number; value: Promise<DatabaseStatus> };
}

export function statusStore(): StatusStore {
  return processShared("database-status", (): StatusStore => ({}));
}

/** Marks the database unreachable as of now: pages answer 503 until the next probe finds it back. */
export function markDatabaseUnreachable(engine: string, now = Date.now()): void {
  statusStore().entry = {
    at: now,
    value: Promise.resolve({ status: "unreachable", engine, reason: "connection lost" }),
  };
}
