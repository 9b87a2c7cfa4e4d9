import "server-only";

import { createDatabase, type Database, type DatabaseHandle } from "./create-client";
import { resolveDatabaseTarget } from "./engine";
import { databaseUnavailableError, reportingUnavailable } from "./reporting-unavailable";

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
  return store[globalKey].then(
    (handle) => handle.db,
    // A database that cannot be opened is an outage like a lost connection: a route answers 503, and a cached
    // page goes back to its own path to meet the proxy's 503 page. Made per caller: the redirect names its page.
    async (error: unknown) => {
      throw await databaseUnavailableError(error);
    },
  );
}

async function openAppDatabase(): Promise<DatabaseHandle> {
  const target = resolveDatabaseTarget();
  const handle = await createDatabase(target);
  return { ...handle, db: reportingUnavailable(handle.db, target.engine) };
}

export type { Database };
