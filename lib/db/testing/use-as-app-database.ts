import type { DatabaseHandle } from "../create-client";

/**
 * Makes a test database the one `getDb()` returns, so route handlers and lib modules that reach the
 * database through it run against the test's data (the key is lib/db/index.ts's singleton).
 */
export function useAsAppDatabase(handle: DatabaseHandle): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for("mcp-portal.database")] = Promise.resolve(handle);
}
