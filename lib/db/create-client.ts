import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import { openAdapter, type DatabaseTarget } from "./engine";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

export interface DatabaseHandle {
  db: Database;
  /** The adapter under the client: migrations on an in-memory database must go through this same one. */
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
}

/** A Prisma client on the given engine. Scripts and tests use this; the app uses the singleton in lib/db. */
export async function createDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const opened = await openAdapter(target);
  const db = new PrismaClient({ adapter: opened.factory });
  return {
    db,
    factory: opened.factory,
    close: async () => {
      await db.$disconnect();
      await opened.close();
    },
  };
}
