import "server-only";

import { createDatabase, type Database, type DatabaseHandle } from "./create-client";
import { resolveDatabaseTarget } from "./engine";
import { reportingUnavailable } from "./reporting-unavailable";

// The app's one Prisma client, kept on globalThis so hot reloads and the several bundles Next.js builds
// share it. For PGlite this matters twice: one process must hold a data folder only once.
const globalKey = Symbol.for("mcp-portal.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<DatabaseHandle> };

export function getDb(): Promise<Database> {
  const store = globalThis as GlobalWithDb;
  store[globalKey] ??= openAppDatabase().catch((error: unknown) => {
    delete store[globalKey];
    throw error;
  });
  return store[globalKey].then((handle) => handle.db);
}

async function openAppDatabase(): Promise<DatabaseHandle> {
  const target = resolveDatabaseTarget();
  const handle = await createDatabase(target);
  return { ...handle, db: reportingUnavailable(handle.db, target.engine) };
}

export type { Database };
